package org.shouhu.casework.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Deadlines across cases, for the overdue scan (never shown to a user without her scope). */
public interface DeadlineRepository {

  /** Ids of open deadlines due before {@code now} not escalated yet, earliest first. */
  List<String> overdueNotEscalated(Instant now, int limit);

  Optional<Deadline> find(String id);

  /**
   * Ids of open deadlines named {@code name} due before {@code dueBefore}, at most {@code limit}.
   */
  List<String> openNamed(String name, Instant dueBefore, int limit);

  /**
   * Marks the deadline escalated; false when another scan (on this server or another) already did.
   * The mark commits or rolls back with the mail it guards.
   */
  boolean markEscalated(String deadlineId, Instant at);
}
