package org.shouhu.casework.application;

import org.shouhu.casework.domain.DeadlinePolicy;

/** The deadline rules in force and the current working-day calendar. */
public interface DeadlinePolicies {

  DeadlinePolicy current();

  /** The admin changed the calendar: count with the new one from now on. */
  void calendarChanged();
}
