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
@Path("/v1/indicators/releases")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorReleaseResource {

  /** What to publish. */
  public record PublishRequest(@Required Integer year) {}

  @Inject Indicators indicators;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.STATISTICIAN)
  public Response publish(PublishRequest request) {
    Integer year = Bodies.required(request).year();
    if (year == null) {
      throw InvalidInputException.of("year", "validation.required");
    }
    return Response.status(Response.Status.CREATED).entity(indicators.publish(year)).build();
  }

  @GET
  @RolesAllowed({Role.Names.STATISTICIAN, Role.Names.ADMIN})
  public List<Indicators.Publication> list(@QueryParam("year") String year) {
    try {
      return indicators.publications(Integer.parseInt(year == null ? "" : year.strip()));
    } catch (NumberFormatException e) {
      throw InvalidInputException.of("year", "indicators.year.invalid", 2000, 2100);
    }
  }
}
