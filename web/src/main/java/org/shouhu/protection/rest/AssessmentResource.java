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
import org.shouhu.protection.application.ProtectionCommands;
import org.shouhu.protection.application.ProtectionSheets;
import org.shouhu.protection.application.RiskAssessments;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code POST /api/v1/cases/{id}/assessments} {@code {"instrument", "answers", "notes"}} → 201 with
 * the level and its rule in words; {@code POST …/assessments/{assessmentId}/review} {@code
 * {"decision": "APPROVED | RETURNED", "reason"}} → 200.
 */
@Path("/v1/cases/{id}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "protection",
    description =
        "Child protection and domestic violence: police, assessments, placements, plan, warnings,"
            + " protection orders, shelters (儿童保护与反家暴)")
public class AssessmentResource {

  @Inject RiskAssessments assessments;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "submitAssessment",
      summary = "Submit a risk assessment (提交风险评估)",
      description =
          "From ASSESSMENT on: the answers to an instrument's items give the risk level, with"
              + " the rule that gave it in words.")
  @APIResponse(
      responseCode = "201",
      description = "The assessment: id, riskLevel, status SUBMITTED, rule",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProtectionSheets.AssessmentSheet.class)))
  public Response submit(@PathParam("id") String id, ProtectionCommands.Submission submission) {
    return Response.status(Response.Status.CREATED)
        .entity(assessments.submit(CaseId.of(id), Bodies.required(submission)))
        .build();
  }

  @POST
  @Path("/{assessmentId}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "reviewAssessment",
      summary = "Approve or return an assessment (审核评估)",
      description =
          "By the case's street supervisor or a caseworker, never the assessment's author. A"
              + " child-protection case enters INTERVENTION only with an approved assessment.")
  public ProtectionSheets.AssessmentSheet review(
      @PathParam("id") String id,
      @PathParam("assessmentId") String assessmentId,
      ProtectionCommands.Review review) {
    return assessments.review(CaseId.of(id), assessmentId, Bodies.required(review));
  }
}
