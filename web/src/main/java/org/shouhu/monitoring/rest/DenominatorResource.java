package org.shouhu.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.shouhu.monitoring.application.Denominators;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code GET|PUT /api/v1/denominators/{year}} {@code {"rows": [{"street", "name": "CHILDREN_0_17 |
 * DISABLED_CHILDREN_0_16", "value"}]}}: the statistics office's denominators (statistician enters,
 * admin reads too).
 */
@Path("/v1/denominators/{year}")
@Produces(MediaType.APPLICATION_JSON)
public class DenominatorResource {

  @Inject Denominators denominators;

  @GET
  @RolesAllowed({Role.Names.STATISTICIAN, Role.Names.ADMIN})
  public List<Denominators.Row> read(@PathParam("year") String year) {
    return denominators.of(year(year));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.STATISTICIAN)
  public List<Denominators.Row> enter(@PathParam("year") String year, Denominators.Entry entry) {
    return denominators.enter(year(year), Bodies.required(entry));
  }

  private static int year(String year) {
    try {
      return Integer.parseInt(year);
    } catch (NumberFormatException e) {
      throw InvalidInputException.of("year", "indicators.year.invalid", 2000, 2100);
    }
  }
}
