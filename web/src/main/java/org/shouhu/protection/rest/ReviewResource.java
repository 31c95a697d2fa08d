package org.shouhu.protection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.shouhu.protection.application.RiskAssessments;
import org.shouhu.shared.domain.Role;

/**
 * {@code GET /api/v1/reviews} (extension; supervisors, caseworkers) → the assessments awaiting the
 * caller's review in her scope, the highest level first: {@code [{"caseId", "caseNumber",
 * "subject", "assessmentId", "riskLevel", "assessedBy", "assessedAt"}]}.
 */
@Path("/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

  @Inject RiskAssessments assessments;

  @GET
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public List<RiskAssessments.AwaitingReview> awaitingMyReview() {
    return assessments.awaitingMyReview();
  }
}
