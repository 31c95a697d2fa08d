package org.shouhu.monitoring.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The counts behind the indicators, computed by the database (one GROUP BY query per indicator):
 * rows of a breakdown with their numerator (the count) and, for a rate, its denominator. No row
 * names a person or a case.
 */
public interface IndicatorCounts {

  /**
   * One group: its breakdown values (keys of {@link Indicator#cells()}) and counts; for a mean, the
   * distinct persons behind it too (what small-cell protection counts).
   */
  record Row(Map<String, String> breakdown, long numerator, long denominator, long persons) {

    public Row(Map<String, String> breakdown, long numerator, long denominator) {
      this(breakdown, numerator, denominator, 0);
    }
  }

  /** Whether there is a query for {@code code}. */
  boolean knows(String code);

  /**
   * Whether {@code code} is defined for a whole year only (a rise over the year, visits a year): a
   * quarter has no value for it.
   */
  default boolean yearly(String code) {
    return false;
  }

  /** The groups of {@code code} for events in {@code [from, to)}. */
  List<Row> count(String code, Instant from, Instant to);
}
