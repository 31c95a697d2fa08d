package org.shouhu.casework.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A deadline a case of {@code kind} gets when {@code startsAt} happens, due {@code due} later
 * ({@code whenUrgent} for an urgent case, where set), met when {@code metBy} happens.
 */
public record DeadlineRule(
    CaseKind kind,
    String name,
    Milestone startsAt,
    Period due,
    Period whenUrgent,
    Milestone metBy) {

  public DeadlineRule {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(name);
    Objects.requireNonNull(startsAt);
    Objects.requireNonNull(due);
    Objects.requireNonNull(metBy);
  }

  /** When the deadline started at {@code start} is due. */
  public Instant dueFrom(Instant start, boolean urgent, WorkingCalendar calendar) {
    Period period = urgent && whenUrgent != null ? whenUrgent : due;
    return period.dueFrom(start, calendar);
  }
}
