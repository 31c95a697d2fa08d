package org.shouhu.protection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** [law] The Anti-Domestic Violence Law's clocks, in Asia/Shanghai. */
class LegalClockTest {

  @ParameterizedTest(name = "accepted {0}, urgent {1} → ruling due {2}")
  @CsvSource({
    // across midnight
    "2026-11-29T22:30:00+08:00, false, 2026-12-02T22:30:00+08:00",
    "2026-11-29T22:30:00+08:00, true, 2026-11-30T22:30:00+08:00",
    // across a month's end (30 November, 28 February)
    "2026-11-30T09:00:00+08:00, false, 2026-12-03T09:00:00+08:00",
    "2027-02-27T18:00:00+08:00, false, 2027-03-02T18:00:00+08:00",
    "2027-02-28T23:59:00+08:00, true, 2027-03-01T23:59:00+08:00",
    // across the year's end
    "2026-12-30T15:00:00+08:00, false, 2027-01-02T15:00:00+08:00",
    "2026-12-31T23:00:00+08:00, true, 2027-01-01T23:00:00+08:00"
  })
  void theCourtRulesWithin72HoursOr24WhenUrgentInCalendarHours(
      String accepted, boolean urgent, String due) {
    assertThat(LegalClock.rulingDue(Instant.from(java.time.OffsetDateTime.parse(accepted)), urgent))
        .isEqualTo(java.time.OffsetDateTime.parse(due).toInstant());
  }

  @ParameterizedTest(name = "ruled {0} → valid until {1} at the latest")
  @CsvSource({
    "2026-08-31T10:00:00+08:00, 2027-02-28",
    "2027-08-31T10:00:00+08:00, 2028-02-29",
    "2026-03-15T10:00:00+08:00, 2026-09-15",
    "2026-12-31T23:30:00+08:00, 2027-06-30",
    // 1 March 00:30 in Beijing is still 28 February in UTC: the day is Beijing's
    "2027-03-01T00:30:00+08:00, 2027-09-01"
  })
  void anOrderIsValidAtMostSixCalendarMonths(String ruled, LocalDate latest) {
    assertThat(LegalClock.latestValidUntil(java.time.OffsetDateTime.parse(ruled).toInstant()))
        .isEqualTo(latest);
  }

  @ParameterizedTest(name = "ruled {0} → reconsideration until {1}")
  @CsvSource({
    "2026-11-29T16:00:00+08:00, 2026-12-04T24:00",
    "2026-12-29T09:00:00+08:00, 2027-01-03T24:00"
  })
  void reconsiderationEndsAtMidnightOfTheFifthDayAfterTheRuling(String ruled, String ends) {
    LocalDate day = LocalDate.parse(ends.substring(0, 10));
    assertThat(LegalClock.reconsiderationEnds(java.time.OffsetDateTime.parse(ruled).toInstant()))
        .isEqualTo(day.plusDays(1).atStartOfDay(java.time.ZoneOffset.ofHours(8)).toInstant());
  }

  @ParameterizedTest(name = "valid until {0} → warned at the end of {1}")
  @CsvSource({"2027-02-28, 2027-02-14", "2027-03-10, 2027-02-24", "2027-01-05, 2026-12-22"})
  void theExpiryWarningIs14DaysBeforeTheLastDay(LocalDate until, LocalDate warned) {
    assertThat(LegalClock.expiryWarning(until))
        .isEqualTo(warned.plusDays(1).atStartOfDay(java.time.ZoneOffset.ofHours(8)).toInstant());
  }
}
