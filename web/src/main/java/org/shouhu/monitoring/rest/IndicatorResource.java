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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "indicators", description = "Plan indicators, denominators, releases, reports (监测指标)")
@Path("/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

  @Inject Indicators indicators;
  @Inject AnnualReports reports;
  @Inject CurrentUser user;

  @GET
  @RolesAllowed({Role.Names.STATISTICIAN, Role.Names.ADMIN})
  @Operation(
      operationId = "listIndicators",
      summary = "The plan indicators of a year (规划监测指标)",
      description = "Small counts suppressed; a published year answers from its release.")
  public Indicators.Answer read(
      @Parameter(description = "The year, 2000-2100", example = "2026", required = true)
          @QueryParam("year")
          String year,
      @Parameter(description = "A quarter, 1-4 (else the whole year)", example = "2")
          @QueryParam("quarter")
          String quarter,
      @Parameter(description = "A street's code: that street's cells only", example = "210203001")
          @QueryParam("street")
          String street) {
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
  @Operation(
      operationId = "listIndicatorWarnings",
      summary = "Indicators off track or at risk (指标预警)")
  public List<Indicators.Table> warnings(
      @Parameter(description = "The year, 2000-2100", example = "2026", required = true)
          @QueryParam("year")
          String year) {
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
  @Operation(
      operationId = "getIndicatorReport",
      summary = "Download the annual monitoring report (年度监测报告)",
      description = "PDF or XLSX, with the year's indicators as the API gives them; logged.")
  @APIResponse(
      responseCode = "200",
      description = "The report (PDF or XLSX)",
      content = {
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(responseCode = "503", description = "The server has no CJK font (缺少中文字体)")
  public Response report(
      @Parameter(description = "The year, 2000-2100", example = "2026", required = true)
          @QueryParam("year")
          String year,
      @Parameter(description = "pdf (default) or xlsx", example = "pdf") @QueryParam("format")
          String format,
      @Parameter(description = "zh-CN or en (default: the Accept-Language)", example = "zh-CN")
          @QueryParam("lang")
          String lang) {
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
