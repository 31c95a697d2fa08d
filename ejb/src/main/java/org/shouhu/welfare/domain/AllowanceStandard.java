package org.shouhu.welfare.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A monthly allowance standard of a category, in force from a month until the next one of the same
 * category (a dated table, never edited in place: a new standard is a new row).
 */
public record AllowanceStandard(AllowanceCategory category, BigDecimal monthly, YearMonth from) {

  /** The plan's target: the basic living standard rises by at least 6 % a year on average. */
  public static final BigDecimal PLAN_GROWTH = new BigDecimal("6.0");

  /** The standard of {@code category} in force in {@code month}, if any. */
  public static Optional<AllowanceStandard> inForce(
      List<AllowanceStandard> table, AllowanceCategory category, YearMonth month) {
    return table.stream()
        .filter(s -> s.category() == category && !s.from().isAfter(month))
        .max(Comparator.comparing(AllowanceStandard::from));
  }

  /**
   * The yearly rise of {@code category}'s standard in force in December of {@code year} over the
   * one in force a year before, in % to one place; empty when either is missing.
   */
  public static Optional<BigDecimal> growth(
      List<AllowanceStandard> table, AllowanceCategory category, int year) {
    Optional<AllowanceStandard> now = inForce(table, category, YearMonth.of(year, 12));
    Optional<AllowanceStandard> before = inForce(table, category, YearMonth.of(year - 1, 12));
    return now.isEmpty() || before.isEmpty() ? Optional.empty() : rise(before.get(), now.get());
  }

  /** How much {@code later} is above {@code earlier}, in % to one place; empty from nothing. */
  public static Optional<BigDecimal> rise(AllowanceStandard earlier, AllowanceStandard later) {
    if (earlier.monthly().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        later
            .monthly()
            .subtract(earlier.monthly())
            .multiply(BigDecimal.valueOf(100))
            .divide(earlier.monthly(), 1, RoundingMode.HALF_UP));
  }
}
