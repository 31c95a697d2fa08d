package org.shouhu.monitoring.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.directory.domain.JurisdictionRepository;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.JurisdictionLevel;

/**
 * The annual monitoring report (年度监测报告; issue 24): the year's indicators for the district as {@code
 * GET /api/v1/indicators?year=} answers them — the published release if there is one — grouped by
 * the plans' sections, each with its status and the rule in words, its protected cells, its trend
 * against the target and its cells as bars; as a PDF or an Excel workbook, in the reader's
 * language. The same values as the API, never more: the writers only print them.
 */
@Stateless
@RolesAllowed({
  org.shouhu.shared.domain.Role.Names.STATISTICIAN,
  org.shouhu.shared.domain.Role.Names.ADMIN
})
public class AnnualReports {

  /** The two formats, with their media types. */
  public enum Format {
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }
  }

  /** A printed report: its file name, media type and bytes. */
  public record File(String name, String mediaType, byte[] content) {}

  @Inject Indicators indicators;
  @Inject IndicatorLabels labels;
  @Inject IndicatorReportWriter writer;
  @Inject JurisdictionRepository jurisdictions;
  @Inject CurrentUser user;
  @Inject AccessLog accessLog;

  @Audited("INDICATORS_REPORT")
  public File of(int year, Format format) {
    IndicatorReport report = report(year);
    byte[] content = format == Format.PDF ? writer.pdf(report) : writer.xlsx(report);
    accessLog.record("INDICATORS_REPORT", List.of(), null);
    return new File(
        "shouhu-indicators-" + year + "." + format.name().toLowerCase(Locale.ROOT),
        format.mediaType,
        content);
  }

  /** The report's contents, in the reader's language. */
  IndicatorReport report(int year) {
    Locale language = user.language();
    Indicators.Answer answer = indicators.of(year, null, null);
    IndicatorReport.Words words =
        new IndicatorReport.Words(
            word(language, "report.code"),
            word(language, "indicators.name"),
            word(language, "indicators.plan"),
            word(language, "indicators.total"),
            word(language, "indicators.target"),
            word(language, "indicators.status"),
            word(language, "indicators.value"),
            word(language, "indicators.year"),
            word(language, "indicators.trend"),
            word(language, "indicators.breakdown"),
            word(language, "report.generated"),
            Messages.isEnglish(language) ? ": " : "：",
            Messages.isEnglish(language) ? "   " : "　");
    List<String> about = new ArrayList<>();
    about.add(
        answer.version() == null
            ? Messages.get(language, "indicators.notPublished")
            : Messages.get(
                language,
                "indicators.publishedVersion",
                Integer.toString(answer.version()),
                time(answer.publishedAt())));
    about.add(Messages.get(language, "indicators.help", answer.threshold()));
    about.add(Messages.get(language, "report.statusMethod"));
    about.add(words.generated() + words.colon() + time(Instant.now()));

    List<List<String>> summary = new ArrayList<>();
    summary.add(List.of(words.name(), words.plan(), words.total(), words.target(), words.status()));
    Map<String, List<IndicatorReport.Part>> sections = new LinkedHashMap<>();
    for (Indicators.Table t : answer.indicators()) {
      String status = Messages.get(language, "indicatorStatus." + t.status());
      summary.add(
          java.util.Arrays.asList(t.name(), t.plan(), dash(t.total()), dash(t.target()), status));
      sections
          .computeIfAbsent(
              IndicatorLabels.sectionName(IndicatorLabels.section(t.plan()), language),
              s -> new ArrayList<>())
          .add(part(t, status, year, words, language));
    }
    return new IndicatorReport(
        year,
        Messages.get(language, "report.title", Integer.toString(year)),
        district(language),
        about,
        words,
        summary,
        sections.entrySet().stream()
            .map(e -> new IndicatorReport.Section(e.getKey(), e.getValue()))
            .toList());
  }

  private IndicatorReport.Part part(
      Indicators.Table t, String status, int year, IndicatorReport.Words words, Locale language) {
    List<String> keys =
        t.cells().isEmpty()
            ? List.of()
            : t.cells().get(0).keySet().stream().filter(k -> !k.equals("value")).toList();
    List<String> head = new ArrayList<>();
    keys.forEach(k -> head.add(Messages.get(language, "breakdown." + k)));
    head.add(words.value());
    List<List<String>> rows = new ArrayList<>();
    List<String> barLabels = new ArrayList<>();
    List<BigDecimal> barValues = new ArrayList<>();
    // a table without a breakdown is its total, printed once
    for (Map<String, String> cell : keys.isEmpty() ? List.<Map<String, String>>of() : t.cells()) {
      List<String> row = new ArrayList<>();
      keys.forEach(k -> row.add(labels.label(k, cell.get(k), language)));
      row.add(cell.get("value"));
      rows.add(row);
      BigDecimal v = number(cell.get("value"));
      if (keys.size() == 1 && v != null) {
        barLabels.add(row.get(0));
        barValues.add(v);
      }
    }
    IndicatorReport.Chart trend = null;
    if (t.target() != null) {
      List<String> years = new ArrayList<>();
      List<BigDecimal> values = new ArrayList<>();
      for (Indicators.Point p : indicators.trend(t.code(), null, year)) {
        years.add(Integer.toString(p.year()));
        values.add(number(p.value()));
      }
      trend =
          new IndicatorReport.Chart(
              t.name() + " — " + words.trend(), years, values, number(t.target()));
    }
    IndicatorReport.Chart bars =
        barValues.size() < 2
            ? null
            : new IndicatorReport.Chart(
                t.name() + " — " + words.breakdown(), barLabels, barValues, null);
    return new IndicatorReport.Part(
        t.code(),
        Messages.get(language, "report.heading", t.name(), t.code()),
        t.name(),
        t.plan(),
        t.total(),
        t.target(),
        status,
        t.statusRule(),
        head,
        rows,
        trend,
        bars);
  }

  private String district(Locale language) {
    return jurisdictions.findActive().stream()
        .filter(j -> j.level() == JurisdictionLevel.DISTRICT)
        .findFirst()
        .map(j -> Messages.isEnglish(language) ? j.nameEn() : j.nameZh())
        .orElse("");
  }

  private static String word(Locale language, String key) {
    return Messages.get(language, key);
  }

  private static String dash(String value) {
    return value == null ? "—" : value;
  }

  private static String time(Instant instant) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(Beijing.ZONE));
  }

  /** A published value as a number ("37", "62.5%"); null for "<5", "x" or nothing. */
  public static BigDecimal number(String value) {
    if (value == null) {
      return null;
    }
    String v = value.endsWith("%") ? value.substring(0, value.length() - 1) : value;
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
