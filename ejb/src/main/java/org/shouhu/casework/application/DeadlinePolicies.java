package org.shouhu.casework.application;

import org.shouhu.casework.domain.DeadlinePolicy;

/** The deadline rules in force and the current working-day calendar. */
public interface DeadlinePolicies {

  DeadlinePolicy current();
}
