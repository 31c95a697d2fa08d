package org.shouhu.protection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.protection.application.RiskAssessments;
import org.shouhu.shared.domain.Role;

/**
 * {@code GET /api/v1/reviews} (extension; supervisors, caseworkers) → the assessments awaiting the
 * caller's review in her scope, the highest level first: {@code [{"caseId", "caseNumber",
 * "subject", "assessmentId", "riskLevel", "assessedBy", "assessedAt"}]}.
 */
@Path("/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "protection",
    description =
        "Child protection and domestic violence: police, assessments, placements, plan, warnings,"
            + " protection orders, shelters (儿童保护与反家暴)")
public class ReviewResource {

  @Inject RiskAssessments assessments;

  @GET
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "listReviews",
      summary = "Assessments awaiting the caller's review (待审核评估)",
      description = "In the caller's scope, the highest risk level first.")
  public List<RiskAssessments.AwaitingReview> awaitingMyReview() {
    return assessments.awaitingMyReview();
  }
}
