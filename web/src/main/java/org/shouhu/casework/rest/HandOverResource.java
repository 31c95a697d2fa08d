package org.shouhu.casework.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.casework.application.CaseHandOver;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code POST /api/v1/hand-overs} {@code {"from": "departing user", "to": "user", "reason"}}
 * (supervisors, caseworkers) → 200 {@code {"from", "to", "moved": n, "cases": [ids]}}: every open
 * case in the caller's scope assigned to {@code from} now is {@code to}'s, in one logged action.
 */
@Path("/v1/hand-overs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases", description = "Cases: lifecycle, visits, files, deadlines (个案)")
public class HandOverResource {

  @Inject CaseHandOver handOver;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "handOverCases",
      summary = "Hand a departing user's open cases to another (交接个案)",
      description =
          "Every open case in the caller's scope assigned to \"from\" becomes \"to\"'s, in one"
              + " logged action.")
  public CaseHandOver.Result handOver(CaseHandOver.Command command) {
    return handOver.handOver(Bodies.required(command));
  }
}
