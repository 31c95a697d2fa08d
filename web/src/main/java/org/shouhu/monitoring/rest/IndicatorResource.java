package org.shouhu.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.shouhu.monitoring.application.Indicators;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.InvalidInputException.FieldError;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.JurisdictionLevel;
import org.shouhu.shared.domain.Role;

/**
 * {@code GET /api/v1/indicators?year=2026[&quarter=1..4][&street=…]} (statistician, admin): the
 * plan indicators of a year, protected (API.md "Indicators"; the method in the README).
 */
@Path("/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

  @Inject Indicators indicators;

  @GET
  @RolesAllowed({Role.Names.STATISTICIAN, Role.Names.ADMIN})
  public Indicators.Answer read(
      @QueryParam("year") String year,
      @QueryParam("quarter") String quarter,
      @QueryParam("street") String street) {
    List<FieldError> errors = new ArrayList<>();
    Integer y = number(year, "year", true, errors);
    Integer q = number(quarter, "quarter", false, errors);
    String s = street == null || street.isBlank() ? null : street.strip();
    if (s != null
        && JurisdictionCode.parse(s).map(c -> c.level() != JurisdictionLevel.STREET).orElse(true)) {
      errors.add(new FieldError("street", "indicators.street.invalid"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, false);
    }
    return indicators.of(y, q, s);
  }

  /** {@code GET /api/v1/indicators/warnings?year=}: the year's indicators off track or at risk. */
  @GET
  @Path("/warnings")
  @RolesAllowed({Role.Names.STATISTICIAN, Role.Names.ADMIN})
  public List<Indicators.Table> warnings(@QueryParam("year") String year) {
    List<FieldError> errors = new ArrayList<>();
    Integer y = number(year, "year", true, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, false);
    }
    return indicators.warnings(y);
  }

  private static Integer number(
      String value, String field, boolean required, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "validation.required"));
      }
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "indicators." + field + ".invalid", 2000, 2100));
      return null;
    }
  }
}
