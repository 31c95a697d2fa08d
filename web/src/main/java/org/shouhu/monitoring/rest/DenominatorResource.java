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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.monitoring.application.Denominators;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;

/**
 * {@code GET|PUT /api/v1/denominators/{year}} {@code {"rows": [{"street", "name": "CHILDREN_0_17 |
 * DISABLED_CHILDREN_0_16", "value"}]}}: the statistics office's denominators (statistician enters,
 * admin reads too).
 */
@Tag(name = "indicators", description = "Plan indicators, denominators, releases, reports (监测指标)")
@Path("/v1/denominators/{year}")
@Produces(MediaType.APPLICATION_JSON)
public class DenominatorResource {

  @Inject Denominators denominators;

  @GET
  @RolesAllowed({Role.Names.STATISTICIAN, Role.Names.ADMIN})
  @Operation(operationId = "getDenominators", summary = "Read a year's denominators (查看分母数据)")
  public List<Denominators.Row> read(@PathParam("year") String year) {
    return denominators.of(year(year));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.STATISTICIAN)
  @Operation(
      operationId = "enterDenominators",
      summary = "Enter a year's denominators (录入分母数据)",
      description = "All rows or none: children 0-17 and disabled children 0-16 per street.")
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
