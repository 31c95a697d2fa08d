package org.shouhu.shared.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Shouhu's one time zone: dates, months and "a day" mean Asia/Shanghai (API.md); storage keeps
 * instants in UTC.
 */
public final class Beijing {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private Beijing() {}

  /** The date in Beijing at {@code at}. */
  public static LocalDate dateOf(Instant at) {
    return at.atZone(ZONE).toLocalDate();
  }

  /** 24:00 of {@code day} in Beijing: when a deadline counted in days falls due. */
  public static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  /**
   * The day whose 24:00 {@code instant} is, when it is exactly midnight in Beijing (how days and
   * months end); empty otherwise. Shown as "that day 24:00", never as "the next day 00:00".
   */
  public static Optional<LocalDate> endingDay(Instant instant) {
    ZonedDateTime local = instant.atZone(ZONE);
    return local.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? Optional.of(local.toLocalDate().minusDays(1))
        : Optional.empty();
  }

  /** How long from {@code now} to the next midnight in Beijing. */
  public static Duration untilMidnight(Instant now) {
    return Duration.between(now, dateOf(now).plusDays(1).atStartOfDay(ZONE).toInstant());
  }
}
