package org.shouhu.monitoring.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.monitoring.domain.Indicator;
import org.shouhu.monitoring.domain.IndicatorCounts;
import org.shouhu.monitoring.domain.Release;
import org.shouhu.monitoring.domain.SmallCellProtection;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;

/**
 * The plan indicators (API.md "Indicators"; DOMAIN.md §3): every indicator of the catalogue is
 * counted by the database for the year (or quarter), by its breakdown; the whole release — the
 * district's answer and every street's — is protected together ({@link SmallCellProtection}), and
 * the answer asked for is cut from it. Statisticians and the admin read it; nothing in it names a
 * person or a case.
 */
@Stateless
@RolesAllowed({Role.Names.STATISTICIAN, Role.Names.ADMIN})
public class Indicators {

  /** One indicator's table: cells are their breakdown values and {@code value}. */
  public record Table(
      String code,
      String name,
      String unit,
      String target,
      String status,
      String plan,
      List<Map<String, String>> cells,
      String total) {}

  /** The answer for a year (a quarter), the district's or one street's. */
  public record Answer(
      int year,
      Integer quarter,
      String street,
      Instant generatedAt,
      int threshold,
      List<Table> indicators) {}

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  @Inject IndicatorCatalogue catalogue;
  @Inject IndicatorCounts counts;
  @Inject CurrentUser user;
  @Inject AccessLog accessLog;

  @Inject
  @ConfigProperty(name = "shouhu.indicators.small-cell", defaultValue = "5")
  int threshold;

  @Audited("INDICATORS")
  public Answer of(int year, Integer quarter, String street) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw InvalidInputException.of("year", "indicators.year.invalid", FIRST_YEAR, LAST_YEAR);
    }
    if (quarter != null && (quarter < 1 || quarter > 4)) {
      throw InvalidInputException.of("quarter", "indicators.quarter.invalid");
    }
    LocalDate first = LocalDate.of(year, quarter == null ? 1 : 3 * quarter - 2, 1);
    LocalDate end = quarter == null ? first.plusYears(1) : first.plusMonths(3);
    Instant from = first.atStartOfDay(Beijing.ZONE).toInstant();
    Instant to = end.atStartOfDay(Beijing.ZONE).toInstant();

    List<Indicator> indicators = catalogue.all();
    Map<String, List<IndicatorCounts.Row>> rows = new LinkedHashMap<>();
    Release release = new Release();
    for (Indicator i : indicators) {
      List<IndicatorCounts.Row> found = counts.count(i.code(), from, to);
      rows.put(i.code(), found);
      add(release, i, found, "n");
      if (i.unit() == Indicator.Unit.RATE) {
        add(release, i, found, "d");
      }
    }
    SmallCellProtection protection = new SmallCellProtection(threshold);
    Map<String, SmallCellProtection.Shown> shown = protection.protect(release);
    Published published = new Published(release.counts(), shown, protection);

    List<Table> tables = new ArrayList<>();
    for (Indicator i : indicators) {
      if (street != null && !i.byStreet()) {
        continue;
      }
      List<Map<String, String>> cells = new ArrayList<>();
      for (IndicatorCounts.Row r : rows.get(i.code())) {
        if (street != null && !street.equals(r.breakdown().get("street"))) {
          continue;
        }
        Map<String, String> cell = new LinkedHashMap<>();
        for (String key : i.cells()) {
          cell.put(key, r.breakdown().get(key));
        }
        cell.put("value", published.value(i, cellKey(i, r.breakdown())));
        cells.add(cell);
      }
      String totalKey = street == null ? "" : "street=" + street;
      tables.add(
          new Table(
              i.code(),
              i.name(user.language()),
              i.unit().name().toLowerCase(java.util.Locale.ROOT),
              i.target() == null ? null : i.target().stripTrailingZeros().toPlainString() + "%",
              published.status(i, totalKey),
              i.plan(),
              cells,
              published.value(i, totalKey)));
    }
    accessLog.record("INDICATORS", List.of(), street);
    return new Answer(year, quarter, street, Instant.now(), threshold, tables);
  }

  /** The counts of one part (numerator "n", denominator "d") of an indicator, with their sums. */
  private static void add(
      Release release, Indicator i, List<IndicatorCounts.Row> rows, String part) {
    String total = key(i, part, "");
    List<String> cellKeys = new ArrayList<>();
    long all = 0;
    for (IndicatorCounts.Row r : rows) {
      long v = part.equals("n") ? r.numerator() : r.denominator();
      String k = key(i, part, cellKey(i, r.breakdown()));
      release.count(k, v);
      cellKeys.add(k);
      all += v;
    }
    release.count(total, all);
    if (!i.byStreet()) {
      if (!cellKeys.isEmpty()) {
        release.sum(total, cellKeys);
      }
      return;
    }
    Map<String, List<IndicatorCounts.Row>> byStreet =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    r -> String.valueOf(r.breakdown().get("street")),
                    TreeMap::new,
                    Collectors.toList()));
    List<String> streetKeys = new ArrayList<>();
    byStreet.forEach(
        (s, inStreet) -> {
          String streetKey = key(i, part, "street=" + s);
          long sum =
              inStreet.stream()
                  .mapToLong(r -> part.equals("n") ? r.numerator() : r.denominator())
                  .sum();
          release.count(streetKey, sum);
          streetKeys.add(streetKey);
          List<String> parts =
              inStreet.stream().map(r -> key(i, part, cellKey(i, r.breakdown()))).toList();
          if (!(parts.size() == 1 && parts.get(0).equals(streetKey))) {
            release.sum(streetKey, parts);
          }
        });
    if (!streetKeys.isEmpty()) {
      release.sum(total, streetKeys);
    }
  }

  /** A cell's breakdown as a key: {@code street=…;sex=…} in the catalogue's order. */
  static String cellKey(Indicator i, Map<String, String> breakdown) {
    return i.cells().stream().map(k -> k + "=" + breakdown.get(k)).collect(Collectors.joining(";"));
  }

  static String key(Indicator i, String part, String cell) {
    return i.code() + "|" + part + "|" + cell;
  }

  /** What is published of the release's counts. */
  private record Published(
      Map<String, Long> counts,
      Map<String, SmallCellProtection.Shown> shown,
      SmallCellProtection protection) {

    String value(Indicator i, String cell) {
      String n = key(i, "n", cell);
      if (!counts.containsKey(n)) {
        return i.unit() == Indicator.Unit.COUNT ? "0" : null;
      }
      if (i.unit() == Indicator.Unit.COUNT) {
        return protection.text(counts.get(n), shown.get(n));
      }
      String d = key(i, "d", cell);
      if (counts.get(d) == 0) {
        return null; // nothing to count a rate of
      }
      if (shown.get(n) != SmallCellProtection.Shown.PUBLISHED
          || shown.get(d) != SmallCellProtection.Shown.PUBLISHED) {
        return "x";
      }
      return rate(counts.get(n), counts.get(d)).toPlainString() + "%";
    }

    String status(Indicator i, String cell) {
      if (i.target() == null) {
        return "NO_TARGET";
      }
      String n = key(i, "n", cell);
      String d = key(i, "d", cell);
      if (!counts.containsKey(d)
          || counts.get(d) == 0
          || shown.get(n) != SmallCellProtection.Shown.PUBLISHED
          || shown.get(d) != SmallCellProtection.Shown.PUBLISHED) {
        return "NO_TARGET";
      }
      boolean reached = rate(counts.get(n), counts.get(d)).compareTo(i.target()) >= 0;
      return reached == (i.direction() != Indicator.Direction.DOWN) ? "ON_TRACK" : "OFF_TRACK";
    }

    static BigDecimal rate(long numerator, long denominator) {
      if (denominator == 0) {
        return BigDecimal.ZERO.setScale(1);
      }
      return BigDecimal.valueOf(numerator * 100)
          .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
  }
}
