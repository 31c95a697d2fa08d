package org.shouhu.womensrights.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.womensrights.application.ComplaintCommands;
import org.shouhu.womensrights.application.ComplaintSteps;

/**
 * {@code POST /api/v1/cases/{id}/complaint-steps} (WOMENS_RIGHTS) {@code {"type": "ADVICE |
 * MEDIATION | OUTCOME", "at", "notes", "result"}} → 201; the case lists them as {@code complaint}.
 */
@Path("/v1/cases/{id}/complaint-steps")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
public class ComplaintStepResource {

  @Inject ComplaintSteps steps;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(@PathParam("id") String id, ComplaintCommands.Step step) {
    return Response.status(Response.Status.CREATED)
        .entity(steps.record(CaseId.of(id), Bodies.required(step)))
        .build();
  }
}
