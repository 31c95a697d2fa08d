package org.shouhu.agencyreferral.domain;

import java.time.Instant;
import org.shouhu.casework.domain.Period;
import org.shouhu.casework.domain.WorkingCalendar;

/**
 * When a referred agency's answer is due: [policy default] five working days after the referral
 * (the starting day not counted, due at 24:00 of the last day; holidays and make-up working days
 * from config/calendar), or whatever {@code shouhu.referral.answer-within} says.
 */
public record ReferralClock(Period answerWithin) {

  public static final Period DEFAULT = Period.parse("5wd");

  public Instant dueFrom(Instant referredAt, WorkingCalendar calendar) {
    return answerWithin.dueFrom(referredAt, calendar);
  }
}
