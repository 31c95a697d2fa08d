package org.shouhu.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shouhu.monitoring.application.AnnualReports;
import org.shouhu.monitoring.application.Indicators;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.InvalidInputException.FieldError;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.JurisdictionLevel;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.web.ContentDisposition;

/**
 * {@code GET /api/v1/indicators?year=2026[&quarter=1..4][&street=…]} (statistician, admin): the
 * plan indicators of a year, protected (API.md "Indicators"; the method in the README).
 */
@Path("/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

  @Inject Indicators indicators;
  @Inject AnnualReports reports;
  @Inject CurrentUser user;

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

  /**
   * {@code GET /api/v1/indicators/report?year=&format=pdf|xlsx&lang=zh-CN|en}: the annual
   * monitoring report as a file (PDF by default), in {@code lang} (else the Accept-Language).
   */
  @GET
  @Path("/report")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    MediaType.APPLICATION_OCTET_STREAM,
    MediaType.APPLICATION_JSON
  })
  @RolesAllowed({Role.Names.STATISTICIAN, Role.Names.ADMIN})
  public Response report(
      @QueryParam("year") String year,
      @QueryParam("format") String format,
      @QueryParam("lang") String lang) {
    List<FieldError> errors = new ArrayList<>();
    Integer y = number(year, "year", true, errors);
    AnnualReports.Format f = null;
    if (format == null || format.isBlank()) {
      f = AnnualReports.Format.PDF;
    } else {
      for (AnnualReports.Format candidate : AnnualReports.Format.values()) {
        if (candidate.name().equalsIgnoreCase(format.strip())) {
          f = candidate;
        }
      }
      if (f == null) {
        errors.add(new FieldError("format", "report.format.invalid"));
      }
    }
    Locale language = null;
    if (lang != null && !lang.isBlank()) {
      language =
          Messages.LANGUAGES.stream()
              .filter(
                  l ->
                      l.toLanguageTag().equalsIgnoreCase(lang.strip())
                          || l.getLanguage().equalsIgnoreCase(lang.strip()))
              .findFirst()
              .orElse(null);
      if (language == null) {
        errors.add(new FieldError("lang", "report.lang.invalid"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, false);
    }
    if (language != null) {
      user.speaks(language);
    }
    AnnualReports.File file = reports.of(y, f);
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", ContentDisposition.attachment(file.name()))
        .build();
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
