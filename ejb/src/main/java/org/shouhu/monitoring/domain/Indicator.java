package org.shouhu.monitoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plan indicator as the catalogue ({@code config/monitoring/indicators.tsv}) describes it: its
 * unit, direction, target (a rate in %) and the year it is for (null: every year), the breakdown of
 * its cells, its names and the plan's section it monitors.
 */
public record Indicator(
    String code,
    Unit unit,
    Direction direction,
    BigDecimal target,
    Integer targetYear,
    List<String> cells,
    String nameZh,
    String nameEn,
    String plan) {

  /**
   * A count of events or persons; a rate (numerator / denominator, in %); a mean amount (a sum of
   * yuan in fen / how many it was paid for, in yuan); a growth (a value / the same value earlier,
   * less one, in %).
   */
  public enum Unit {
    COUNT,
    RATE,
    MEAN,
    GROWTH
  }

  /** Whether higher is better, lower is better, or a count only. */
  public enum Direction {
    UP,
    DOWN,
    COUNT
  }

  /** The breakdown keys cells may carry (API.md "Indicators"; INDICATORS.md's letters). */
  public static final List<String> KEYS =
      List.of(
          "street",
          "sex",
          "ageBand",
          "category",
          "kind",
          "applicant",
          "urgent",
          "measure",
          "allowance",
          "growth");

  /**
   * Whether it counts people or events about them (protected by small-cell suppression), or places,
   * posts and published standards — the staffing coverage counts streets and communities, a growth
   * compares the allowance standards: they identify nobody.
   */
  public boolean countsPeople() {
    return !code.startsWith("STAFF_") && unit != Unit.GROWTH;
  }

  /** Whether its status is judged against a target (a rate or a growth, with a target). */
  public boolean judged() {
    return target != null && (unit == Unit.RATE || unit == Unit.GROWTH);
  }

  public boolean byStreet() {
    return cells.contains("street");
  }

  public String name(Locale language) {
    return "en".equals(language.getLanguage()) ? nameEn : nameZh;
  }

  /** Reads the catalogue; a bad line is an error naming its number. */
  public static List<Indicator> parse(List<String> lines) {
    List<Indicator> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      try {
        if (c.length != 9) {
          throw new IllegalArgumentException("9 tab-separated columns expected, found " + c.length);
        }
        List<String> cells =
            c[5].strip().equals("-") ? List.of() : List.of(c[5].strip().split(","));
        for (String key : cells) {
          if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("unknown breakdown " + key);
          }
        }
        Indicator indicator =
            new Indicator(
                c[0].strip(),
                Unit.valueOf(c[1].strip().toUpperCase(Locale.ROOT)),
                Direction.valueOf(c[2].strip().toUpperCase(Locale.ROOT)),
                c[3].strip().equals("-") ? null : new BigDecimal(c[3].strip()),
                c[4].strip().equals("-") || c[4].strip().equals("yearly")
                    ? null
                    : Integer.valueOf(c[4].strip()),
                cells,
                c[6].strip(),
                c[7].strip(),
                c[8].strip());
        if (indicator.target() != null && !indicator.judged()) {
          throw new IllegalArgumentException("a target needs a rate or a growth");
        }
        found.add(indicator);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "indicator catalogue, line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return found;
  }
}
