package org.shouhu.casework.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.casework.application.OverdueScan;
import org.shouhu.shared.domain.Role;

/**
 * {@code /api/v1/deadlines/escalations}: runs the overdue scan now (it runs every minute anyway).
 * Each overdue deadline is escalated once, however often and wherever the scan runs.
 */
@Path("/v1/deadlines/escalations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases", description = "Cases: lifecycle, visits, files, deadlines (个案)")
public class DeadlineResource {

  @Inject OverdueScan scan;

  /** How many deadlines this run escalated. */
  public record ScanResult(int escalated) {}

  @POST
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      operationId = "escalateOverdueDeadlines",
      summary = "Run the overdue-deadline scan now (立即升级逾期期限)",
      description =
          "The scan also runs every minute; each overdue deadline is escalated once, however"
              + " often and wherever the scan runs.")
  public ScanResult escalateNow() {
    return new ScanResult(scan.escalate(Instant.now()));
  }
}
