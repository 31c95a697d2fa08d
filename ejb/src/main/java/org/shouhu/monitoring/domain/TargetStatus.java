package org.shouhu.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Where an indicator stands against its target (the plan's 预警): from its latest published value and
 * a projection to the target year — a straight line fitted by least squares through the years'
 * published values. ON_TRACK when the latest value meets the target, or the line reaches it by the
 * target year; AT_RISK when the line falls short by at most {@link #AT_RISK_MARGIN} of the target
 * (or there is a single year to go by, before the target year); OFF_TRACK otherwise, and always
 * when a target that holds every year (the law's) is missed. The rule that gave the status is kept
 * as a message key with its arguments, to be said in words next to it.
 */
public record TargetStatus(Status status, String ruleKey, List<Object> ruleArguments) {

  /** The statuses of API.md "Indicators". */
  public enum Status {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    NO_TARGET
  }

  /** How far short of the target a projection may fall and still be only "at risk": 10 %. */
  public static final BigDecimal AT_RISK_MARGIN = new BigDecimal("0.10");

  public static final TargetStatus NONE = new TargetStatus(Status.NO_TARGET, null, List.of());

  /**
   * The status of an indicator whose published values by year are {@code series} (hidden years left
   * out), against {@code target} by {@code targetYear} (null: every year), looking from {@code
   * year}.
   */
  public static TargetStatus of(
      BigDecimal target,
      Integer targetYear,
      boolean higherIsBetter,
      SortedMap<Integer, BigDecimal> series,
      int year) {
    if (target == null) {
      return NONE;
    }
    if (series.isEmpty()) {
      return new TargetStatus(Status.NO_TARGET, "status.rule.noValue", List.of(pct(target)));
    }
    int latestYear = series.lastKey();
    BigDecimal latest = series.get(latestYear);
    if (meets(latest, target, higherIsBetter)) {
      return new TargetStatus(
          Status.ON_TRACK,
          "status.rule.met",
          List.of(Integer.toString(latestYear), pct(latest), pct(target)));
    }
    if (targetYear == null) {
      return new TargetStatus(
          Status.OFF_TRACK,
          "status.rule.yearly",
          List.of(pct(target), Integer.toString(latestYear), pct(latest)));
    }
    if (series.size() < 2) {
      Status s = year < targetYear ? Status.AT_RISK : Status.OFF_TRACK;
      return new TargetStatus(
          s,
          "status.rule.noTrend",
          List.of(Integer.toString(latestYear), pct(latest), pct(target), targetYear.toString()));
    }
    BigDecimal projected = project(series, targetYear);
    Status s;
    if (meets(projected, target, higherIsBetter)) {
      s = Status.ON_TRACK;
    } else {
      BigDecimal shortBy = higherIsBetter ? target.subtract(projected) : projected.subtract(target);
      s =
          shortBy.compareTo(target.abs().multiply(AT_RISK_MARGIN)) <= 0
              ? Status.AT_RISK
              : Status.OFF_TRACK;
    }
    return new TargetStatus(
        s,
        "status.rule.trend",
        List.of(
            Integer.toString(series.firstKey()),
            Integer.toString(latestYear),
            targetYear.toString(),
            pct(projected),
            pct(target)));
  }

  private static boolean meets(BigDecimal value, BigDecimal target, boolean higherIsBetter) {
    int c = value.compareTo(target);
    return higherIsBetter ? c >= 0 : c <= 0;
  }

  /** The least-squares line through the series, read at {@code year}. */
  static BigDecimal project(SortedMap<Integer, BigDecimal> series, int year) {
    int n = series.size();
    double meanX = series.keySet().stream().mapToDouble(Integer::doubleValue).average().orElse(0);
    double meanY =
        series.values().stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    for (Map.Entry<Integer, BigDecimal> e : series.entrySet()) {
      double dx = e.getKey() - meanX;
      sxy += dx * (e.getValue().doubleValue() - meanY);
      sxx += dx * dx;
    }
    double slope = n < 2 || sxx == 0 ? 0 : sxy / sxx;
    return BigDecimal.valueOf(meanY + slope * (year - meanX)).setScale(1, RoundingMode.HALF_UP);
  }

  private static String pct(BigDecimal v) {
    return v.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
