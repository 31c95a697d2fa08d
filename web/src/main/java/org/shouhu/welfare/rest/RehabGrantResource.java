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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.welfare.application.RehabCommands;
import org.shouhu.welfare.application.RehabGrantSheet;
import org.shouhu.welfare.application.RehabGrants;

/**
 * {@code POST /api/v1/cases/{id}/rehab-grants} (caseworker) → 201 with the grant and its cap;
 * {@code POST …/rehab-grants/{grantId}/claims} (caseworker, or an officer of the grant's
 * institution) → 201, or 422 over the cap or above what the family paid (API.md "Rehabilitation
 * grants"). The case shows its grants as {@code rehabGrants}.
 */
@Tag(
    name = "welfare",
    description = "Orphans' support, payment runs, rehabilitation grants (孤儿保障与康复救助)")
@Path("/v1/cases/{id}/rehab-grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.CASEWORKER)
public class RehabGrantResource {

  @Inject RehabGrants grants;

  @POST
  @Operation(
      operationId = "approveRehabGrant",
      summary = "Approve a rehabilitation grant (批准康复救助)",
      description = "On a DISABLED_CHILD_REHAB case; answers the grant with its cap.")
  @APIResponse(
      responseCode = "201",
      description = "The grant and its cap (已批准)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RehabGrantSheet.class)))
  public Response approve(@PathParam("id") String id, RehabCommands.Grant grant) {
    return Response.status(Response.Status.CREATED)
        .entity(grants.approve(CaseId.of(id), Bodies.required(grant)))
        .build();
  }

  @POST
  @Path("/{grantId}/claims")
  @RolesAllowed({Role.Names.CASEWORKER, Role.Names.INSTITUTION_OFFICER})
  @Operation(
      operationId = "fileRehabGrantClaim",
      summary = "File a claim on a rehabilitation grant (申报康复救助费用)",
      description = "Never over the grant's cap, also when claims arrive at the same moment.")
  @APIResponse(
      responseCode = "201",
      description = "The claim, accepted (已申报)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RehabGrantSheet.ClaimSheet.class)))
  public Response claim(
      @PathParam("id") String id, @PathParam("grantId") String grantId, RehabCommands.Claim claim) {
    return Response.status(Response.Status.CREATED)
        .entity(grants.claim(CaseId.of(id), grantId, Bodies.required(claim)))
        .build();
  }
}
