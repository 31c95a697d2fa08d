package org.shouhu.protection.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.protection.application.ProtectionSheets;
import org.shouhu.protection.application.RiskAssessments;

/**
 * {@code GET /api/v1/assessment-instruments/{code}} → {@code {"code", "kind", "items": [{"code",
 * "group", "text", "required"}]}}, the texts in the request's language; 404 for an unknown code.
 */
@Path("/v1/assessment-instruments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "protection",
    description =
        "Child protection and domestic violence: police, assessments, placements, plan, warnings,"
            + " protection orders, shelters (儿童保护与反家暴)")
public class InstrumentResource {

  @Inject RiskAssessments assessments;

  @GET
  @Path("/{code}")
  @Operation(
      operationId = "getAssessmentInstrument",
      summary = "Read an assessment instrument (查看评估量表)",
      description = "The instrument's items, their texts in the request's language.")
  public ProtectionSheets.InstrumentSheet instrument(
      @Parameter(description = "The instrument's code", example = "CP_SAFETY_RISK")
          @PathParam("code")
          String code) {
    return assessments.instrument(code);
  }
}
