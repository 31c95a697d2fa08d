package org.shouhu.casework.domain;

import java.time.Instant;
import java.util.List;

/** Deadlines across cases, for the overdue scan (never shown to a user without her scope). */
public interface DeadlineRepository {

  /** Open deadlines due before {@code now} that have not been escalated yet, earliest first. */
  List<Deadline> overdueNotEscalated(Instant now, int limit);

  /**
   * Marks the deadline escalated; false when another scan (on this server or another) already did.
   * The mark commits or rolls back with the mail it guards.
   */
  boolean markEscalated(String deadlineId, Instant at);
}
