package org.shouhu.casework.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shouhu.shared.domain.Beijing;

/**
 * The length of a deadline: calendar hours ({@code 24h}), calendar days ({@code 7d}), working days
 * ({@code 5wd}) or months ({@code 1M}). Hours run from the starting instant (legal clocks in hours
 * are exact). Days and months are counted as the Civil Code counts them (arts. 201–202): the
 * starting day is not counted, the last day is the n-th day (working day) after it — for months the
 * same day of the month n months on, or that month's last day when it has none — and the deadline
 * ends at 24:00 of that last day in Asia/Shanghai. Unlike art. 203, a last day that falls on a
 * holiday is not moved: a child's safety does not wait for the holiday (use working days where that
 * is wanted).
 */
public record Period(int amount, Unit unit) {

  private static final Pattern SYNTAX = Pattern.compile("(\\d{1,4})(h|d|wd|M)");

  /** The units a period may be written in. */
  public enum Unit {
    HOURS("h"),
    DAYS("d"),
    WORKING_DAYS("wd"),
    MONTHS("M");

    private final String symbol;

    Unit(String symbol) {
      this.symbol = symbol;
    }
  }

  public Period {
    if (amount <= 0 || unit == null) {
      throw new IllegalArgumentException("a period is a positive amount of a unit");
    }
  }

  /** Reads {@code 24h}, {@code 7d}, {@code 5wd} or {@code 1M}. */
  public static Period parse(String text) {
    Matcher m = SYNTAX.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a period (write 24h, 7d, 5wd or 1M)");
    }
    int amount = Integer.parseInt(m.group(1));
    for (Unit unit : Unit.values()) {
      if (unit.symbol.equals(m.group(2))) {
        return new Period(amount, unit);
      }
    }
    throw new AssertionError(m.group(2));
  }

  /** When a deadline of this length that starts at {@code start} is due. */
  public Instant dueFrom(Instant start, WorkingCalendar calendar) {
    LocalDate first = start.atZone(Beijing.ZONE).toLocalDate();
    LocalDate last =
        switch (unit) {
          case HOURS -> null;
          case DAYS -> first.plusDays(amount);
          case WORKING_DAYS -> calendar.plusWorkingDays(first, amount);
          case MONTHS -> first.plusMonths(amount);
        };
    return last == null ? start.plus(Duration.ofHours(amount)) : Beijing.endOf(last);
  }

  @Override
  public String toString() {
    return amount + unit.symbol;
  }
}
