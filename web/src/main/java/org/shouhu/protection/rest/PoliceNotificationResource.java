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
import org.shouhu.protection.application.PoliceNotices;
import org.shouhu.protection.application.ProtectionCommands;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code POST /api/v1/cases/{id}/police-notifications} {@code {"notifiedAt", "station",
 * "reference"}} → 201 with the case's {@code police} as it now stands.
 */
@Path("/v1/cases/{id}/police-notifications")
@Produces(MediaType.APPLICATION_JSON)
public class PoliceNotificationResource {

  @Inject PoliceNotices notices;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public Response record(@PathParam("id") String id, ProtectionCommands.PoliceNotice notice) {
    return Response.status(Response.Status.CREATED)
        .entity(notices.record(CaseId.of(id), Bodies.required(notice)))
        .build();
  }
}
