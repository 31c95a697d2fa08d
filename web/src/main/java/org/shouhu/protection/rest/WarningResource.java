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
import org.shouhu.protection.application.OrderCommands;
import org.shouhu.protection.application.PoliceWarnings;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code POST /api/v1/cases/{id}/warnings} {@code {"issuedBy", "issuedAt", "number", "attachment"}}
 * → 201 (DOMESTIC_VIOLENCE; 告诫书).
 */
@Path("/v1/cases/{id}/warnings")
@Produces(MediaType.APPLICATION_JSON)
public class WarningResource {

  @Inject PoliceWarnings warnings;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public Response record(@PathParam("id") String id, OrderCommands.Warning warning) {
    return Response.status(Response.Status.CREATED)
        .entity(warnings.record(CaseId.of(id), Bodies.required(warning)))
        .build();
  }
}
