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
import org.shouhu.protection.application.PoliceNotices;
import org.shouhu.protection.application.ProtectionCommands;
import org.shouhu.protection.application.ProtectionSheets;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code POST /api/v1/cases/{id}/police-notifications} {@code {"notifiedAt", "station",
 * "reference"}} → 201 with the case's {@code police} as it now stands.
 */
@Path("/v1/cases/{id}/police-notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "protection",
    description =
        "Child protection and domestic violence: police, assessments, placements, plan, warnings,"
            + " protection orders, shelters (儿童保护与反家暴)")
public class PoliceNotificationResource {

  @Inject PoliceNotices notices;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "recordPoliceNotification",
      summary = "Record that the police were notified (记录报警)",
      description = "Meets the case's POLICE_NOTICE deadline.")
  @APIResponse(
      responseCode = "201",
      description = "The case's police part as it now stands",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProtectionSheets.PoliceSheet.class)))
  public Response record(@PathParam("id") String id, ProtectionCommands.PoliceNotice notice) {
    return Response.status(Response.Status.CREATED)
        .entity(notices.record(CaseId.of(id), Bodies.required(notice)))
        .build();
  }
}
