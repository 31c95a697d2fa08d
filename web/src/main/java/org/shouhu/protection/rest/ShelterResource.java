package org.shouhu.protection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.protection.application.ShelterCommands;
import org.shouhu.protection.application.Shelters;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code POST /api/v1/shelters} (admin) {@code {"name", "address", "capacity"}} → 201; {@code GET
 * /api/v1/shelters} → {@code [{"id", "name", "capacity", "occupied"}]} (no address).
 */
@Path("/v1/shelters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "protection",
    description =
        "Child protection and domestic violence: police, assessments, placements, plan, warnings,"
            + " protection orders, shelters (儿童保护与反家暴)")
public class ShelterResource {

  @Inject Shelters shelters;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(operationId = "createShelter", summary = "Add a shelter (新增庇护场所)")
  @APIResponse(
      responseCode = "201",
      description = "The shelter: id, name, capacity, occupied",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Shelters.ShelterRow.class)))
  public Response create(ShelterCommands.ShelterRecord record) {
    return Response.status(Response.Status.CREATED)
        .entity(shelters.create(Bodies.required(record)))
        .build();
  }

  @GET
  @RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.CHILD_DIRECTOR,
    Role.Names.CHILD_SUPERVISOR,
    Role.Names.CASEWORKER
  })
  @Operation(
      operationId = "listShelters",
      summary = "List shelters with their occupancy (庇护场所列表)",
      description = "No addresses: those are shown only in the case view of a stay.")
  public List<Shelters.ShelterRow> list() {
    return shelters.list();
  }
}
