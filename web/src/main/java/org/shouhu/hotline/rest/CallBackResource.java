package org.shouhu.hotline.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.hotline.application.CallSheet;
import org.shouhu.hotline.application.Calls;
import org.shouhu.shared.domain.Role;

/**
 * {@code GET /api/v1/call-backs}: the operator's call-back list — callers who asked to be called
 * back and were not yet, soonest first; {@code GET /api/v1/call-statistics?from=&to=} (days, both
 * included, at most 53 weeks): calls per week, line, category and outcome, counted by the database.
 */
@Tag(name = "hotline", description = "12338 and 12349 hotline calls (热线来电)")
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CallBackResource {

  @Inject Calls calls;

  @GET
  @Path("/call-backs")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "listCallBacks",
      summary = "List callers waiting for a call back (待回拨列表)",
      description = "Callers who asked to be called back and were not yet, soonest first.")
  public List<CallSheet> callBacks() {
    return calls.callBacks();
  }

  @GET
  @Path("/call-statistics")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER, Role.Names.CHILD_SUPERVISOR})
  @Operation(
      operationId = "getCallStatistics",
      summary = "Weekly call statistics (来电统计)",
      description =
          "Calls per week, line, category and outcome, counted by the database; no one named.")
  public Calls.Statistics statistics(
      @Parameter(
              description = "First day (YYYY-MM-DD, Asia/Shanghai), included",
              example = "2026-01-01",
              required = true)
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Last day (YYYY-MM-DD, Asia/Shanghai), included; at most 53 weeks",
              example = "2026-03-31",
              required = true)
          @QueryParam("to")
          String to) {
    java.time.Instant[] range = CallQuery.range(from, to);
    return calls.statistics(range[0], range[1]);
  }
}
