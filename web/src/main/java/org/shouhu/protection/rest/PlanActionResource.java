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
@Tag(
    name = "protection",
    description =
        "Child protection and domestic violence: police, assessments, placements, plan, warnings,"
            + " protection orders, shelters (儿童保护与反家暴)")
public class PlanActionResource {

  @Inject CasePlan plan;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "addPlanAction",
      summary = "Add an action to the case plan (添加计划措施)",
      description = "The action starts OPEN; an open action past dueOn is a PLAN_ACTION deadline.")
  @APIResponse(
      responseCode = "201",
      description = "The plan action",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProtectionSheets.PlanActionSheet.class)))
  public Response add(@PathParam("id") String id, ProtectionCommands.PlanActionRecord record) {
    return Response.status(Response.Status.CREATED)
        .entity(plan.add(CaseId.of(id), Bodies.required(record)))
        .build();
  }

  @POST
  @Path("/{actionId}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "setPlanActionStatus",
      summary = "Mark a plan action done or dropped (更新措施状态)")
  public ProtectionSheets.PlanActionSheet change(
      @PathParam("id") String id,
      @PathParam("actionId") String actionId,
      ProtectionCommands.PlanActionChange change) {
    return plan.change(CaseId.of(id), actionId, Bodies.required(change));
  }
}
