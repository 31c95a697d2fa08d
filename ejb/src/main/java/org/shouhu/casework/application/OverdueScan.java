package org.shouhu.casework.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.shouhu.casework.domain.Deadline;
import org.shouhu.casework.domain.DeadlineRepository;

/**
 * Finds deadlines that passed unmet and escalates each exactly once: the escalation mark is written
 * before the mail is queued, in the same transaction, and a second scan (concurrent, or on another
 * server) finds the mark and passes on.
 */
@Stateless
public class OverdueScan {

  /** Deadlines escalated in one pass; the next pass takes the rest. */
  static final int BATCH = 500;

  @Inject DeadlineRepository deadlines;
  @Inject Escalations escalations;

  /** Escalates what is overdue at {@code now}; returns how many deadlines it escalated. */
  public int escalate(Instant now) {
    int escalated = 0;
    for (Deadline deadline : deadlines.overdueNotEscalated(now, BATCH)) {
      if (deadlines.markEscalated(deadline.id(), now)) {
        escalations.overdue(deadline);
        escalated++;
      }
    }
    return escalated;
  }
}
