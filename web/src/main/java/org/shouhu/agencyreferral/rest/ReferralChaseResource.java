package org.shouhu.agencyreferral.rest;

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
import org.shouhu.agencyreferral.application.ReferralChase;
import org.shouhu.shared.domain.Role;

/**
 * {@code POST /api/v1/agency-referrals/escalations} (admin): chases the overdue call referrals now
 * (it runs every minute anyway); each is chased once, however often and wherever this runs.
 */
@Tag(
    name = "agency-referrals",
    description = "Referrals to other agencies and their answers (转介其他机构)")
@Path("/v1/agency-referrals/escalations")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralChaseResource {

  @Inject ReferralChase chase;

  /** How many referrals this run chased. */
  public record ChaseResult(int escalated) {}

  @POST
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      operationId = "chaseReferrals",
      summary = "Chase overdue call referrals now (催办逾期转介)",
      description =
          "Runs the chase that otherwise runs every minute; each referral is chased once.")
  public ChaseResult chaseNow() {
    return new ChaseResult(chase.chase(Instant.now()));
  }
}
