package org.shouhu.casework.domain;

import java.time.LocalDate;

/**
 * Break-glass reads granted per user and day (API.md "Cases": at most a configured number a day, in
 * Asia/Shanghai). {@link #take} is atomic: concurrent requests never pass the limit.
 */
public interface BreakGlassQuota {

  /** How many break-glass reads {@code username} was granted on {@code day}. */
  int usedOn(String username, LocalDate day);

  /** Takes one of {@code limit} reads of {@code day}; false when they are used up. */
  boolean take(String username, LocalDate day, int limit);
}
