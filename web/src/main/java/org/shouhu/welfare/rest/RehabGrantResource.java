package org.shouhu.welfare.rest;

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
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.welfare.application.RehabCommands;
import org.shouhu.welfare.application.RehabGrants;

/**
 * {@code POST /api/v1/cases/{id}/rehab-grants} (caseworker) → 201 with the grant and its cap;
 * {@code POST …/rehab-grants/{grantId}/claims} (caseworker, or an officer of the grant's
 * institution) → 201, or 422 over the cap or above what the family paid (API.md "Rehabilitation
 * grants"). The case shows its grants as {@code rehabGrants}.
 */
@Path("/v1/cases/{id}/rehab-grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.CASEWORKER)
public class RehabGrantResource {

  @Inject RehabGrants grants;

  @POST
  public Response approve(@PathParam("id") String id, RehabCommands.Grant grant) {
    return Response.status(Response.Status.CREATED)
        .entity(grants.approve(CaseId.of(id), Bodies.required(grant)))
        .build();
  }

  @POST
  @Path("/{grantId}/claims")
  @RolesAllowed({Role.Names.CASEWORKER, Role.Names.INSTITUTION_OFFICER})
  public Response claim(
      @PathParam("id") String id, @PathParam("grantId") String grantId, RehabCommands.Claim claim) {
    return Response.status(Response.Status.CREATED)
        .entity(grants.claim(CaseId.of(id), grantId, Bodies.required(claim)))
        .build();
  }
}
