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
import org.shouhu.protection.application.Placements;
import org.shouhu.protection.application.ProtectionCommands;
import org.shouhu.protection.application.ProtectionSheets;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code POST /api/v1/cases/{id}/placements} {@code {"kind", "place", "from", "to", "decidedBy"}} →
 * 201; {@code to} before {@code from} is 422.
 */
@Path("/v1/cases/{id}/placements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "protection",
    description =
        "Child protection and domestic violence: police, assessments, placements, plan, warnings,"
            + " protection orders, shelters (儿童保护与反家暴)")
public class PlacementResource {

  @Inject Placements placements;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "recordPlacement",
      summary = "Record a placement (记录安置)",
      description = "A placement of the child; \"to\" before \"from\" is 422.")
  @APIResponse(
      responseCode = "201",
      description = "The placement",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProtectionSheets.PlacementSheet.class)))
  public Response record(@PathParam("id") String id, ProtectionCommands.PlacementRecord record) {
    return Response.status(Response.Status.CREATED)
        .entity(placements.record(CaseId.of(id), Bodies.required(record)))
        .build();
  }
}
