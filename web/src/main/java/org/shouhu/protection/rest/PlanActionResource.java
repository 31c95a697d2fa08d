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
import org.shouhu.protection.application.CasePlan;
import org.shouhu.protection.application.ProtectionCommands;
import org.shouhu.protection.application.ProtectionSheets;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code POST /api/v1/cases/{id}/plan-actions} {@code {"type", "owner", "dueOn", "notes"}} → 201;
 * {@code POST …/plan-actions/{actionId}/status} {@code {"status": "DONE | DROPPED", "note"}} → 200.
 */
@Path("/v1/cases/{id}/plan-actions")
@Produces(MediaType.APPLICATION_JSON)
public class PlanActionResource {

  @Inject CasePlan plan;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public Response add(@PathParam("id") String id, ProtectionCommands.PlanActionRecord record) {
    return Response.status(Response.Status.CREATED)
        .entity(plan.add(CaseId.of(id), Bodies.required(record)))
        .build();
  }

  @POST
  @Path("/{actionId}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public ProtectionSheets.PlanActionSheet change(
      @PathParam("id") String id,
      @PathParam("actionId") String actionId,
      ProtectionCommands.PlanActionChange change) {
    return plan.change(CaseId.of(id), actionId, Bodies.required(change));
  }
}
