package org.shouhu.casework.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.shouhu.casework.domain.Deadline;
import org.shouhu.casework.domain.DeadlineRepository;

/**
 * Escalates one overdue deadline, once: the escalation mark is written before the mail is queued,
 * in the same transaction, so that a second scan (concurrent, or on another server) waits for this
 * one to commit and then finds the mark. A deadline nobody can be told about yet (an empty staff
 * directory) is not marked: a later scan tries again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OverdueEscalation {

  @Inject DeadlineRepository deadlines;
  @Inject Escalations escalations;

  /** Ids of the deadlines overdue at {@code now} and not escalated yet (a short read). */
  public List<String> candidates(Instant now, int limit) {
    return deadlines.overdueNotEscalated(now, limit);
  }

  public boolean escalate(String deadlineId, Instant now) {
    Deadline deadline = deadlines.find(deadlineId).orElse(null);
    if (deadline == null
        || !deadline.isOverdue(now)
        || !escalations.canReach(deadline.owner())
        || !deadlines.markEscalated(deadlineId, now)) {
      return false;
    }
    escalations.overdue(deadline);
    return true;
  }
}
