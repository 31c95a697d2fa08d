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
import org.shouhu.protection.application.OrderCommands;
import org.shouhu.protection.application.OrderSheets;
import org.shouhu.protection.application.PoliceWarnings;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code POST /api/v1/cases/{id}/warnings} {@code {"issuedBy", "issuedAt", "number", "attachment"}}
 * → 201 (DOMESTIC_VIOLENCE; 告诫书).
 */
@Path("/v1/cases/{id}/warnings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "protection",
    description =
        "Child protection and domestic violence: police, assessments, placements, plan, warnings,"
            + " protection orders, shelters (儿童保护与反家暴)")
public class WarningResource {

  @Inject PoliceWarnings warnings;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "recordWarning",
      summary = "Record a police warning (记录告诫书)",
      description = "DOMESTIC_VIOLENCE cases: a written warning (告诫书) issued by the police.")
  @APIResponse(
      responseCode = "201",
      description = "The warning",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrderSheets.WarningSheet.class)))
  public Response record(@PathParam("id") String id, OrderCommands.Warning warning) {
    return Response.status(Response.Status.CREATED)
        .entity(warnings.record(CaseId.of(id), Bodies.required(warning)))
        .build();
  }
}
