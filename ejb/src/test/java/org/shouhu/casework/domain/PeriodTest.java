package org.shouhu.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Due times in Asia/Shanghai, across midnight, month ends, holidays and make-up working days. */
class PeriodTest {

  private static final WorkingCalendar WEEK = WorkingCalendar.weekOnly();

  private static Instant at(String shanghaiTime) {
    return OffsetDateTime.parse(shanghaiTime + "+08:00").toInstant();
  }

  private static WorkingCalendar calendar2026() throws IOException {
    return new WorkingCalendar(
        CalendarDay.parse(Files.readAllLines(Path.of("../config/calendar/2026.tsv"))));
  }

  @Test
  void hoursRunExactlyAcrossMidnightAndTheUtcDateLine() {
    // 22:30 in Shanghai is 14:30 UTC: two hours later is the next day in Shanghai only
    assertThat(Period.parse("2h").dueFrom(at("2026-03-10T22:30:00"), WEEK))
        .isEqualTo(at("2026-03-11T00:30:00"));
    // 07:00 in Shanghai is the previous day in UTC
    assertThat(Period.parse("24h").dueFrom(at("2026-03-10T07:00:00"), WEEK))
        .isEqualTo(at("2026-03-11T07:00:00"));
  }

  @Test
  void daysEndAt24OfTheLastDayInShanghaiNotUtc() {
    // received 2026-03-10 01:00 Shanghai (= 03-09 17:00 UTC): day 1 is 03-11, 7 days end 03-17
    // 24:00
    assertThat(Period.parse("7d").dueFrom(at("2026-03-10T01:00:00"), WEEK))
        .isEqualTo(at("2026-03-18T00:00:00"));
    assertThat(Period.parse("7d").dueFrom(at("2026-03-10T23:59:00"), WEEK))
        .isEqualTo(at("2026-03-18T00:00:00"));
  }

  @Test
  void monthsEndOnTheSameDayOrTheLastDayOfAShorterMonth() {
    assertThat(Period.parse("1M").dueFrom(at("2026-01-31T10:00:00"), WEEK))
        .isEqualTo(at("2026-03-01T00:00:00")); // last day 02-28 (2026 is no leap year)
    assertThat(Period.parse("1M").dueFrom(at("2028-01-31T10:00:00"), WEEK))
        .isEqualTo(at("2028-03-01T00:00:00")); // last day 02-29
    assertThat(Period.parse("3M").dueFrom(at("2026-11-30T10:00:00"), WEEK))
        .isEqualTo(at("2027-03-01T00:00:00")); // over the year end, last day 02-28
    assertThat(Period.parse("1M").dueFrom(at("2026-12-31T23:30:00"), WEEK))
        .isEqualTo(at("2027-02-01T00:00:00"));
  }

  @Test
  void workingDaysSkipTheNationalDayHolidayAndCountItsMakeUpDays() throws IOException {
    WorkingCalendar calendar = calendar2026();
    // Tuesday 29 Sept: 30 Sept works, 1–7 Oct are off, Sat 10 Oct is a make-up working day
    LocalDate from = LocalDate.parse("2026-09-29");
    assertThat(calendar.plusWorkingDays(from, 1)).isEqualTo("2026-09-30");
    assertThat(calendar.plusWorkingDays(from, 2)).isEqualTo("2026-10-08");
    assertThat(calendar.plusWorkingDays(from, 4)).isEqualTo("2026-10-10");
    assertThat(calendar.plusWorkingDays(from, 5)).isEqualTo("2026-10-12");
    assertThat(Period.parse("5wd").dueFrom(at("2026-09-29T16:00:00"), calendar))
        .isEqualTo(at("2026-10-13T00:00:00"));
    // without the calendar the same period would end a week and a half earlier
    assertThat(Period.parse("5wd").dueFrom(at("2026-09-29T16:00:00"), WEEK))
        .isEqualTo(at("2026-10-07T00:00:00"));
  }

  @Test
  void aMakeUpSundayCountsAndASpringFestivalWeekdayDoesNot() throws IOException {
    WorkingCalendar calendar = calendar2026();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-01-04"))).isTrue(); // Sunday, 上班
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse(); // Monday, 春节
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-24"))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-07"))).isFalse(); // Saturday
    // Friday 13 Feb 2026, late evening: Sat 14 Feb works, then nine days off
    assertThat(Period.parse("2wd").dueFrom(at("2026-02-13T23:00:00"), calendar))
        .isEqualTo(at("2026-02-25T00:00:00"));
  }

  @Test
  void periodsAreWrittenInOneOfFourUnits() {
    assertThat(Period.parse(" 5wd ").toString()).isEqualTo("5wd");
    assertThatThrownBy(() -> Period.parse("5 days")).hasMessageContaining("5wd");
    assertThatThrownBy(() -> Period.parse("0h")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CalendarDay.parse(java.util.List.of("2026-02-30 HOLIDAY x")))
        .hasMessageContaining("line 1");
  }
}
