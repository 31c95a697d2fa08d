package org.shouhu.hotline.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.shouhu.hotline.application.CallSheet;
import org.shouhu.hotline.application.Calls;
import org.shouhu.shared.domain.Role;

/**
 * {@code GET /api/v1/call-backs}: the operator's call-back list — callers who asked to be called
 * back and were not yet, soonest first; {@code GET /api/v1/call-statistics?from=&to=} (days, both
 * included, at most 53 weeks): calls per week, line, category and outcome, counted by the database.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CallBackResource {

  @Inject Calls calls;

  @GET
  @Path("/call-backs")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  public List<CallSheet> callBacks() {
    return calls.callBacks();
  }

  @GET
  @Path("/call-statistics")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER, Role.Names.CHILD_SUPERVISOR})
  public Calls.Statistics statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
    java.time.Instant[] range = CallQuery.range(from, to);
    return calls.statistics(range[0], range[1]);
  }
}
