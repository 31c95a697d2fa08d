package org.shouhu.monitoring.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.directory.domain.JurisdictionRepository;
import org.shouhu.monitoring.domain.Indicator;
import org.shouhu.monitoring.domain.IndicatorCounts;
import org.shouhu.monitoring.domain.IndicatorRelease;
import org.shouhu.monitoring.domain.IndicatorReleaseRepository;
import org.shouhu.monitoring.domain.Release;
import org.shouhu.monitoring.domain.ReleaseDifferences;
import org.shouhu.monitoring.domain.SmallCellProtection;
import org.shouhu.monitoring.domain.TargetStatus;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.JurisdictionLevel;
import org.shouhu.shared.domain.NotFoundException;
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
      String statusRule,
      String plan,
      List<Map<String, String>> cells,
      String total) {}

  /** The answer for a year (a quarter), the district's or one street's. */
  @Schema(name = "IndicatorAnswer")
  public record Answer(
      int year,
      Integer quarter,
      String street,
      Instant generatedAt,
      int threshold,
      Instant publishedAt,
      Integer version,
      List<Table> indicators) {}

  /** A publication: the year, its version, when, and what changed against the version before. */
  public record Publication(
      int year,
      int version,
      Instant publishedAt,
      String publishedBy,
      List<ReleaseDifferences.Difference> differences) {}

  /** What a release freezes: every answer of the year, the district's under "". */
  public record Frozen(Map<String, List<Table>> answers) {}

  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  @Inject IndicatorCatalogue catalogue;
  @Inject IndicatorCounts counts;
  @Inject CurrentUser user;
  @Inject AccessLog accessLog;
  @Inject IndicatorReleaseRepository releases;
  @Inject JurisdictionRepository jurisdictions;

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject
  @ConfigProperty(name = "shouhu.indicators.small-cell", defaultValue = "5")
  int threshold;

  @Audited("INDICATORS")
  public Answer of(int year, Integer quarter, String street) {
    checkPeriod(year, quarter);
    accessLog.record("INDICATORS", List.of(), street);
    if (quarter == null) {
      Optional<IndicatorRelease> frozen = releases.latest(year);
      if (frozen.isPresent()) {
        List<Table> tables =
            thaw(frozen.get()).answers().getOrDefault(street == null ? "" : street, List.of());
        return new Answer(
            year,
            null,
            street,
            frozen.get().publishedAt(),
            threshold,
            frozen.get().publishedAt(),
            frozen.get().version(),
            localised(tables));
      }
    }
    Computed computed = compute(year, quarter);
    return new Answer(
        year, quarter, street, Instant.now(), threshold, null, null, computed.cut(street));
  }

  /**
   * Publishes the year: its release — the district's answer and every street's, protected together
   * — is frozen as a new version; later answers for the year come from it.
   */
  @Audited("INDICATORS_PUBLISH")
  @RolesAllowed(Role.Names.STATISTICIAN)
  public Publication publish(int year) {
    checkPeriod(year, null);
    Computed computed = compute(year, null);
    Map<String, List<Table>> answers = new LinkedHashMap<>();
    answers.put("", computed.cut(null));
    for (Jurisdiction street : jurisdictions.findActive()) {
      if (street.level() == JurisdictionLevel.STREET) {
        answers.put(street.code().value(), computed.cut(street.code().value()));
      }
    }
    Optional<IndicatorRelease> before = releases.latest(year);
    List<ReleaseDifferences.Difference> differences =
        ReleaseDifferences.between(
            before.map(r -> texts(thaw(r).answers())).orElse(Map.of()), texts(answers));
    IndicatorRelease release =
        new IndicatorRelease(
            year,
            before.map(r -> r.version() + 1).orElse(1),
            Instant.now(),
            user.username(),
            JSON.toJson(new Frozen(answers)),
            JSON.toJson(differences));
    releases.store(release);
    accessLog.record("INDICATORS_PUBLISH", List.of(), null);
    return publication(release, differences);
  }

  static final int TREND_YEARS = 6;

  /** One year's published total of an indicator. */
  public record Point(int year, String value) {}

  /**
   * An indicator's published totals, the district's (street null) or a street's, for the {@link
   * #TREND_YEARS} years to {@code year}: a published year's frozen value, else as counted now — for
   * the trend chart.
   */
  public List<Point> trend(String code, String street, int year) {
    checkPeriod(year, null);
    Indicator i =
        catalogue.all().stream()
            .filter(x -> x.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("indicator", code));
    List<Point> points = new ArrayList<>();
    for (int y = Math.max(FIRST_YEAR, year - TREND_YEARS + 1); y <= year; y++) {
      points.add(
          new Point(
              y,
              publishedTotal(
                  i, street, y, new HashMap<>(), then -> compute(then, null, x -> x == i))));
    }
    return points;
  }

  /** The year's indicators off track or at risk, for the district (the plan's early warning). */
  public List<Table> warnings(int year) {
    return of(year, null, null).indicators().stream()
        .filter(t -> t.status().equals("OFF_TRACK") || t.status().equals("AT_RISK"))
        .toList();
  }

  /** The year's publications, newest first. */
  public List<Publication> publications(int year) {
    checkPeriod(year, null);
    return releases.of(year).stream().map(r -> publication(r, differencesOf(r))).toList();
  }

  private static Publication publication(
      IndicatorRelease r, List<ReleaseDifferences.Difference> differences) {
    return new Publication(r.year(), r.version(), r.publishedAt(), r.publishedBy(), differences);
  }

  private static List<ReleaseDifferences.Difference> differencesOf(IndicatorRelease r) {
    return JSON.fromJson(
        r.differences(),
        new ArrayList<ReleaseDifferences.Difference>() {}.getClass().getGenericSuperclass());
  }

  private static Frozen thaw(IndicatorRelease r) {
    return JSON.fromJson(r.content(), Frozen.class);
  }

  /** The frozen tables with their names in the reader's language. */
  private List<Table> localised(List<Table> tables) {
    Map<String, Indicator> byCode = new LinkedHashMap<>();
    catalogue.all().forEach(i -> byCode.put(i.code(), i));
    return tables.stream()
        .map(
            t ->
                new Table(
                    t.code(),
                    byCode.containsKey(t.code())
                        ? byCode.get(t.code()).name(user.language())
                        : t.name(),
                    t.unit(),
                    t.target(),
                    t.status(),
                    t.statusRule(),
                    t.plan(),
                    t.cells(),
                    t.total()))
        .toList();
  }

  /** Answers as "answer → indicator → cell → text" ("" the total), for the differences. */
  private static Map<String, Map<String, Map<String, String>>> texts(
      Map<String, List<Table>> answers) {
    Map<String, Map<String, Map<String, String>>> texts = new LinkedHashMap<>();
    answers.forEach(
        (street, tables) -> {
          Map<String, Map<String, String>> byIndicator = new LinkedHashMap<>();
          for (Table t : tables) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("", t.total());
            for (Map<String, String> cell : t.cells()) {
              String key =
                  cell.entrySet().stream()
                      .filter(e -> !e.getKey().equals("value"))
                      .map(Map.Entry::getValue)
                      .collect(Collectors.joining("/"));
              cells.put(key, cell.get("value"));
            }
            byIndicator.put(t.code(), cells);
          }
          texts.put(street, byIndicator);
        });
    return texts;
  }

  private static void checkPeriod(int year, Integer quarter) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw InvalidInputException.of("year", "indicators.year.invalid", FIRST_YEAR, LAST_YEAR);
    }
    if (quarter != null && (quarter < 1 || quarter > 4)) {
      throw InvalidInputException.of("quarter", "indicators.quarter.invalid");
    }
  }

  /** A year's (or quarter's) counts, protected as one release, ready to be cut into answers. */
  private final class Computed {
    final int year;
    final Map<Integer, Computed> earlier = new HashMap<>();
    final Map<Integer, Optional<Frozen>> frozen = new HashMap<>();
    final List<Indicator> indicators;
    final Map<String, List<IndicatorCounts.Row>> rows = new LinkedHashMap<>();
    final Published published;

    /**
     * {@code release}: the counts protection looks at; {@code amounts}: the sums of money and of
     * months behind a mean or a growth, which count nobody and are published as they are (a mean is
     * shown when the persons behind it are).
     */
    Computed(
        List<Indicator> indicators,
        Release release,
        Release amounts,
        SmallCellProtection protection,
        int year) {
      this.indicators = indicators;
      this.year = year;
      Map<String, SmallCellProtection.Shown> shown = new HashMap<>(protection.protect(release));
      for (Indicator i : indicators) {
        if (!i.countsPeople()) { // places and posts identify nobody: published as counted
          shown.replaceAll(
              (k, v) -> k.startsWith(i.code() + "|") ? SmallCellProtection.Shown.PUBLISHED : v);
        }
      }
      Map<String, Long> counts = new LinkedHashMap<>(release.counts());
      counts.putAll(amounts.counts());
      amounts.counts().keySet().forEach(k -> shown.put(k, SmallCellProtection.Shown.PUBLISHED));
      this.published = new Published(counts, shown, protection, year);
    }

    /** The district's answer (street null) or one street's. */
    List<Table> cut(String street) {
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
        TargetStatus status = statusOf(i, street, this);
        tables.add(
            new Table(
                i.code(),
                i.name(user.language()),
                i.unit().name().toLowerCase(java.util.Locale.ROOT),
                i.target() == null ? null : i.target().stripTrailingZeros().toPlainString() + "%",
                status.status().name(),
                status.ruleKey() == null
                    ? null
                    : Messages.get(
                        user.language(), status.ruleKey(), status.ruleArguments().toArray()),
                i.plan(),
                cells,
                published.value(i, totalKey)));
      }
      return tables;
    }
  }

  private Computed compute(int year, Integer quarter) {
    return compute(year, quarter, x -> true);
  }

  /**
   * Counts and protects a period; {@code targetedOnly} counts only the indicators with a target
   * (for the years of a trend — protection works within each indicator, so a part of the release is
   * protected as the whole would be).
   */
  private Computed compute(
      int year, Integer quarter, java.util.function.Predicate<Indicator> which) {
    LocalDate first = LocalDate.of(year, quarter == null ? 1 : 3 * quarter - 2, 1);
    LocalDate end = quarter == null ? first.plusYears(1) : first.plusMonths(3);
    Instant from = first.atStartOfDay(Beijing.ZONE).toInstant();
    Instant to = end.atStartOfDay(Beijing.ZONE).toInstant();
    List<Indicator> indicators = catalogue.all().stream().filter(which).toList();
    Release release = new Release();
    Release amounts = new Release();
    Map<String, List<IndicatorCounts.Row>> rows = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      List<IndicatorCounts.Row> found =
          quarter != null && counts.yearly(i.code()) ? List.of() : counts.count(i.code(), from, to);
      rows.put(i.code(), found);
      switch (i.unit()) {
        case COUNT -> add(release, i, found, "n");
        case RATE -> {
          add(release, i, found, "n");
          add(release, i, found, "d");
        }
        case MEAN -> {
          add(release, i, found, "p");
          add(amounts, i, found, "n");
          add(amounts, i, found, "d");
        }
        case GROWTH -> {
          add(amounts, i, found, "n");
          add(amounts, i, found, "d");
        }
      }
    }
    Computed computed =
        new Computed(indicators, release, amounts, new SmallCellProtection(threshold), year);
    computed.rows.putAll(rows);
    return computed;
  }

  /** The earliest year a trend looks back to: the plans' first (2021), at most ten years. */
  static final int FIRST_PLAN_YEAR = 2021;

  /**
   * The indicator's status for the district (street null) or a street: its published values of the
   * years before (a published year's frozen value, else as counted now) and of this one, against
   * its target.
   */
  private TargetStatus statusOf(Indicator i, String street, Computed current) {
    if (!i.judged()) {
      return TargetStatus.NONE;
    }
    String totalKey = street == null ? "" : "street=" + street;
    java.util.SortedMap<Integer, BigDecimal> series = new java.util.TreeMap<>();
    for (int y = Math.max(FIRST_PLAN_YEAR, current.year - 9); y < current.year; y++) {
      BigDecimal v = earlierValue(i, street, y, current);
      if (v != null) {
        series.put(y, v);
      }
    }
    BigDecimal now = rateOf(current.published.value(i, totalKey));
    if (now != null) {
      series.put(current.year, now);
    }
    return TargetStatus.of(
        i.target(),
        i.targetYear(),
        i.direction() != Indicator.Direction.DOWN,
        series,
        current.year);
  }

  private BigDecimal earlierValue(Indicator i, String street, int year, Computed current) {
    return rateOf(
        publishedTotal(
            i,
            street,
            year,
            current.frozen,
            then ->
                current.earlier.computeIfAbsent(
                    then, y -> compute(y, null, x -> x.target() != null))));
  }

  /**
   * A year's published total of an indicator, the district's (street null) or a street's: the
   * frozen text if the year was published (each year's release read once per request, through
   * {@code frozen}), else as {@code counted} counts it now.
   */
  private String publishedTotal(
      Indicator i,
      String street,
      int year,
      Map<Integer, Optional<Frozen>> frozen,
      IntFunction<Computed> counted) {
    Optional<Frozen> release =
        frozen.computeIfAbsent(year, y -> releases.latest(y).map(Indicators::thaw));
    if (release.isPresent()) {
      return release.get().answers().getOrDefault(street == null ? "" : street, List.of()).stream()
          .filter(t -> t.code().equals(i.code()))
          .findFirst()
          .map(Table::total)
          .orElse(null);
    }
    return counted.apply(year).published.value(i, street == null ? "" : "street=" + street);
  }

  /** A published rate's number ("83.3%" → 83.3); null when hidden or absent. */
  private static BigDecimal rateOf(String text) {
    return text != null && text.endsWith("%")
        ? new BigDecimal(text.substring(0, text.length() - 1))
        : null;
  }

  /** The counts of one part (numerator "n", denominator "d") of an indicator, with their sums. */
  private static void add(
      Release release, Indicator i, List<IndicatorCounts.Row> rows, String part) {
    String total = key(i, part, "");
    List<String> cellKeys = new ArrayList<>();
    long all = 0;
    for (IndicatorCounts.Row r : rows) {
      long v = part(r, part);
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
          long sum = inStreet.stream().mapToLong(r -> part(r, part)).sum();
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

  /** A row's numerator ("n"), denominator ("d") or persons ("p"). */
  private static long part(IndicatorCounts.Row r, String part) {
    return switch (part) {
      case "n" -> r.numerator();
      case "d" -> r.denominator();
      default -> r.persons();
    };
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
      SmallCellProtection protection,
      int year) {

    /** The plan's baseline year for a growth: its standards of 31 December 2020. */
    static final int BASELINE_YEAR = 2020;

    String value(Indicator i, String cell) {
      if (i.unit() == Indicator.Unit.GROWTH && cell.isEmpty()) {
        return slowestAverage(i);
      }
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
      return switch (i.unit()) {
        case MEAN ->
            shown.get(key(i, "p", cell)) != SmallCellProtection.Shown.PUBLISHED
                ? "x"
                : org.shouhu.monitoring.domain.Averages.mean(counts.get(n), counts.get(d))
                    .toPlainString();
        case GROWTH -> {
          BigDecimal g = growth(counts.get(n), counts.get(d), cell);
          yield g == null ? null : g.toPlainString() + "%";
        }
        default ->
            shown.get(n) != SmallCellProtection.Shown.PUBLISHED
                    || shown.get(d) != SmallCellProtection.Shown.PUBLISHED
                ? "x"
                : rate(counts.get(n), counts.get(d)).toPlainString() + "%";
      };
    }

    /**
     * The rise of a growth's cell in %: over the year, or (a cell of {@code
     * growth=AVERAGE_SINCE_2020}) a year on average since 2020; null when nothing compares.
     */
    BigDecimal growth(long now, long before, String cell) {
      return org.shouhu.monitoring.domain.Averages.rise(
          now, before, cell.contains("growth=AVERAGE_SINCE_2020") ? year - BASELINE_YEAR : 1);
    }

    /** A growth's total: the slowest category's yearly average since 2020 (each must meet it). */
    String slowestAverage(Indicator i) {
      String prefix = key(i, "n", "");
      return counts.keySet().stream()
          .filter(k -> k.startsWith(prefix) && k.contains("growth=AVERAGE_SINCE_2020"))
          .map(k -> k.substring(prefix.length()))
          .map(c -> growth(counts.get(key(i, "n", c)), counts.get(key(i, "d", c)), c))
          .filter(java.util.Objects::nonNull)
          .min(java.util.Comparator.naturalOrder())
          .map(g -> g.toPlainString() + "%")
          .orElse(null);
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
