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
import org.shouhu.casework.domain.CaseId;
import org.shouhu.protection.application.Placements;
import org.shouhu.protection.application.ProtectionCommands;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code POST /api/v1/cases/{id}/placements} {@code {"kind", "place", "from", "to", "decidedBy"}} →
 * 201; {@code to} before {@code from} is 422.
 */
@Path("/v1/cases/{id}/placements")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementResource {

  @Inject Placements placements;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public Response record(@PathParam("id") String id, ProtectionCommands.PlacementRecord record) {
    return Response.status(Response.Status.CREATED)
        .entity(placements.record(CaseId.of(id), Bodies.required(record)))
        .build();
  }
}
