package org.shouhu.welfare.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The months a confirmed file is paid for, and what a month pays: from the month after confirmation
 * to the month of the 18th birthday, none after the month it ended (DOMAIN.md §2.3); each month the
 * standard in force for it less what the child already gets elsewhere (补差), never below 0.00, in
 * yuan to two places.
 */
public record SupportMonths(YearMonth first, YearMonth last) {

  /** A file confirmed on {@code confirmedOn} for a child born {@code birthDate}, ended or not. */
  public static SupportMonths of(LocalDate confirmedOn, LocalDate birthDate, LocalDate endedOn) {
    YearMonth first = YearMonth.from(confirmedOn).plusMonths(1);
    YearMonth last = YearMonth.from(birthDate.plusYears(18));
    if (endedOn != null && YearMonth.from(endedOn).isBefore(last)) {
      last = YearMonth.from(endedOn);
    }
    return new SupportMonths(first, last);
  }

  public boolean pays(YearMonth month) {
    return !month.isBefore(first) && !month.isAfter(last);
  }

  /** A month's amount: {@code standard − otherBenefit}, never below 0.00. */
  public static BigDecimal amount(BigDecimal standard, BigDecimal otherBenefit) {
    BigDecimal difference =
        standard.subtract(otherBenefit == null ? BigDecimal.ZERO : otherBenefit);
    return difference.signum() < 0
        ? BigDecimal.ZERO.setScale(2)
        : difference.setScale(2, RoundingMode.UNNECESSARY);
  }
}
