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
public class ShelterResource {

  @Inject Shelters shelters;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADMIN)
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
  public List<Shelters.ShelterRow> list() {
    return shelters.list();
  }
}
