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
 * {@code GET /api/v1/watch-list} (extension; handlers) → the open domestic-violence cases of the
 * caller's jurisdiction at HIGH or SEVERE, with the days since the last visit: {@code [{"caseId",
 * "caseNumber", "subject", "riskLevel", "assessedAt", "lastVisit", "daysSinceVisit"}]}.
 */
@Path("/v1/watch-list")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "protection",
    description =
        "Child protection and domestic violence: police, assessments, placements, plan, warnings,"
            + " protection orders, shelters (儿童保护与反家暴)")
public class WatchListResource {

  @Inject RiskAssessments assessments;

  @GET
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  @Operation(
      operationId = "getWatchList",
      summary = "High-risk domestic-violence cases to watch (高危个案关注名单)",
      description =
          "The open domestic-violence cases of the caller's jurisdiction at the high levels,"
              + " with the days since the last visit.")
  public List<RiskAssessments.Watched> watchList() {
    return assessments.watchList();
  }
}
