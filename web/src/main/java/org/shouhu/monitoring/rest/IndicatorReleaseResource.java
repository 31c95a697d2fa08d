package org.shouhu.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.monitoring.application.Indicators;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code POST /api/v1/indicators/releases} {@code {"year": 2026}} (statistician) → 201: the year's
 * release is frozen as a new version, with what changed against the one before; {@code GET
 * …/releases?year=} (statistician, admin) → its versions, newest first.
 */
@Tag(name = "indicators", description = "Plan indicators, denominators, releases, reports (监测指标)")
@Path("/v1/indicators/releases")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorReleaseResource {

  /** What to publish. */
  public record PublishRequest(@Required Integer year) {}

  @Inject Indicators indicators;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.STATISTICIAN)
  @Operation(
      operationId = "publishIndicatorRelease",
      summary = "Publish a year's indicators (发布年度指标)",
      description = "Freezes the year as a new version, listing what changed against the last.")
  @APIResponse(
      responseCode = "201",
      description = "The release (已发布)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Indicators.Publication.class)))
  @APIResponse(
      responseCode = "409",
      description = "Another release of the year is being published (正在发布)")
  public Response publish(PublishRequest request) {
    Integer year = Bodies.required(request).year();
    if (year == null) {
      throw InvalidInputException.of("year", "validation.required");
    }
    return Response.status(Response.Status.CREATED).entity(indicators.publish(year)).build();
  }

  @GET
  @RolesAllowed({Role.Names.STATISTICIAN, Role.Names.ADMIN})
  @Operation(
      operationId = "listIndicatorReleases",
      summary = "List a year's published versions (指标发布版本)",
      description = "Newest first.")
  public List<Indicators.Publication> list(
      @Parameter(description = "The year, 2000-2100", example = "2026", required = true)
          @QueryParam("year")
          String year) {
    try {
      return indicators.publications(Integer.parseInt(year == null ? "" : year.strip()));
    } catch (NumberFormatException e) {
      throw InvalidInputException.of("year", "indicators.year.invalid", 2000, 2100);
    }
  }
}
