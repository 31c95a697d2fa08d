package org.shouhu.protection.rest;

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
import org.shouhu.protection.application.ProtectionSheets;
import org.shouhu.protection.application.ShelterCommands;
import org.shouhu.protection.application.Shelters;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code POST /api/v1/cases/{id}/shelter-stays} {@code {"shelter", "from"}} → 201, or 409 when the
 * shelter is full; {@code POST …/shelter-stays/{stayId}/end} {@code {"at"}} → 200.
 */
@Path("/v1/cases/{id}/shelter-stays")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
@Tag(
    name = "protection",
    description =
        "Child protection and domestic violence: police, assessments, placements, plan, warnings,"
            + " protection orders, shelters (儿童保护与反家暴)")
public class ShelterStayResource {

  @Inject Shelters shelters;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "startShelterStay", summary = "Admit the person to a shelter (入住庇护场所)")
  @APIResponse(
      responseCode = "201",
      description = "The stay",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProtectionSheets.StaySheet.class)))
  @APIResponse(responseCode = "409", description = "The shelter is full")
  public Response admit(@PathParam("id") String id, ShelterCommands.StayRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(shelters.admit(CaseId.of(id), Bodies.required(request)))
        .build();
  }

  @POST
  @Path("/{stayId}/end")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "endShelterStay", summary = "End a shelter stay (离开庇护场所)")
  public ProtectionSheets.StaySheet end(
      @PathParam("id") String id, @PathParam("stayId") String stayId, ShelterCommands.StayEnd end) {
    return shelters.end(CaseId.of(id), stayId, Bodies.required(end));
  }
}
