package org.shouhu.protection.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.shouhu.protection.application.ProtectionSheets;
import org.shouhu.protection.application.RiskAssessments;

/**
 * {@code GET /api/v1/assessment-instruments/{code}} → {@code {"code", "kind", "items": [{"code",
 * "group", "text", "required"}]}}, the texts in the request's language; 404 for an unknown code.
 */
@Path("/v1/assessment-instruments")
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentResource {

  @Inject RiskAssessments assessments;

  @GET
  @Path("/{code}")
  public ProtectionSheets.InstrumentSheet instrument(@PathParam("code") String code) {
    return assessments.instrument(code);
  }
}
