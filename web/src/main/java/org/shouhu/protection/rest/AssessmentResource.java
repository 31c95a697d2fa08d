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
public class AssessmentResource {

  @Inject RiskAssessments assessments;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public Response submit(@PathParam("id") String id, ProtectionCommands.Submission submission) {
    return Response.status(Response.Status.CREATED)
        .entity(assessments.submit(CaseId.of(id), Bodies.required(submission)))
        .build();
  }

  @POST
  @Path("/{assessmentId}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public ProtectionSheets.AssessmentSheet review(
      @PathParam("id") String id,
      @PathParam("assessmentId") String assessmentId,
      ProtectionCommands.Review review) {
    return assessments.review(CaseId.of(id), assessmentId, Bodies.required(review));
  }
}
