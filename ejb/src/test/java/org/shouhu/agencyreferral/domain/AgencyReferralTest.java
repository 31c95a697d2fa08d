package org.shouhu.agencyreferral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.CalendarDay;
import org.shouhu.casework.domain.Period;
import org.shouhu.casework.domain.WorkingCalendar;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;

class AgencyReferralTest {

  static final Actor OPERATOR = new Actor("hotline1", Set.of(Role.HOTLINE_OPERATOR));
  static final ReferralClock FIVE_WORKING_DAYS = new ReferralClock(ReferralClock.DEFAULT);

  static Instant at(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(Beijing.ZONE).toInstant();
  }

  @Test
  void theAnswerIsDueAfterFiveWorkingDaysSkippingTheWeekend() {
    // referred on Friday 27 November 2026: Mon 30, Tue 1, Wed 2, Thu 3, Fri 4 December
    Instant due = FIVE_WORKING_DAYS.dueFrom(at("2026-11-27T15:00"), WorkingCalendar.weekOnly());
    assertThat(due).isEqualTo(Beijing.endOf(LocalDate.of(2026, 12, 4)));
  }

  @Test
  void holidaysDoNotCountAndMakeUpWorkingDaysDo() {
    WorkingCalendar calendar =
        new WorkingCalendar(
            List.of(
                new CalendarDay(LocalDate.of(2026, 12, 1), CalendarDay.Kind.HOLIDAY, "test"),
                new CalendarDay(LocalDate.of(2026, 11, 29), CalendarDay.Kind.WORKDAY, "test")));
    // from Fri 27: Sun 29 (make-up), Mon 30, Wed 2, Thu 3, Fri 4 (Tue 1 a holiday)
    assertThat(FIVE_WORKING_DAYS.dueFrom(at("2026-11-27T09:00"), calendar))
        .isEqualTo(Beijing.endOf(LocalDate.of(2026, 12, 4)));
    // three working days, as an administrator may configure: Sun 29, Mon 30, Wed 2
    assertThat(new ReferralClock(Period.parse("3wd")).dueFrom(at("2026-11-27T09:00"), calendar))
        .isEqualTo(Beijing.endOf(LocalDate.of(2026, 12, 2)));
  }

  static AgencyReferral referral(Instant referredAt, Instant due) {
    return AgencyReferral.make(
        AgencyReferral.Origin.CALL,
        "call-1",
        "RX-2026-000001",
        "210203",
        Agency.POLICE,
        "西岗分局",
        "请出警",
        referredAt,
        due,
        OPERATOR,
        referredAt);
  }

  @Test
  void anAnswerByTheDueTimeMeetsItLaterDoesNot() {
    Instant referred = at("2026-11-27T15:00");
    Instant due = Beijing.endOf(LocalDate.of(2026, 12, 4));
    AgencyReferral inTime = referral(referred, due);
    assertThat(inTime.isOverdue(due.minusSeconds(1))).isFalse();
    assertThat(inTime.isOverdue(due.plusSeconds(1))).isTrue();
    inTime.answer(due, "已出警处置", OPERATOR);
    assertThat(inTime.met()).isTrue();
    assertThat(inTime.isOverdue(due.plusSeconds(3600))).isFalse();

    AgencyReferral late = referral(referred, due);
    late.answer(due.plusSeconds(1), "迟到的答复", OPERATOR);
    assertThat(late.met()).isFalse();
  }

  @Test
  void anAnswerIsRecordedOnceAndNotBeforeTheReferral() {
    Instant referred = at("2026-11-27T15:00");
    AgencyReferral r = referral(referred, referred.plusSeconds(86_400));
    assertThatThrownBy(() -> r.answer(referred.minusSeconds(60), "太早", OPERATOR))
        .isInstanceOf(InvalidInputException.class);
    r.answer(referred.plusSeconds(60), "已处理", OPERATOR);
    assertThatThrownBy(() -> r.answer(referred.plusSeconds(120), "again", OPERATOR))
        .isInstanceOf(ConflictException.class);
  }
}
