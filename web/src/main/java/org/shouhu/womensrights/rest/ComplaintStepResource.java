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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.womensrights.application.ComplaintCommands;
import org.shouhu.womensrights.application.ComplaintSteps;

/**
 * {@code POST /api/v1/cases/{id}/complaint-steps} (WOMENS_RIGHTS) {@code {"type": "ADVICE |
 * MEDIATION | OUTCOME", "at", "notes", "result"}} → 201; the case lists them as {@code complaint}.
 */
@Tag(name = "womens-rights", description = "Women's-rights complaints (妇女维权)")
@Path("/v1/cases/{id}/complaint-steps")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
public class ComplaintStepResource {

  @Inject ComplaintSteps steps;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordComplaintStep",
      summary = "Record a complaint step (登记维权处理步骤)",
      description = "Advice, mediation or outcome on a WOMENS_RIGHTS case.")
  @APIResponse(
      responseCode = "201",
      description = "The step, recorded (已登记)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ComplaintSteps.StepSheet.class)))
  public Response record(@PathParam("id") String id, ComplaintCommands.Step step) {
    return Response.status(Response.Status.CREATED)
        .entity(steps.record(CaseId.of(id), Bodies.required(step)))
        .build();
  }
}
