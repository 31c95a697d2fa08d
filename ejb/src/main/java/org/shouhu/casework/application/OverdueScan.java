package org.shouhu.casework.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds deadlines that passed unmet and escalates each exactly once ({@link OverdueEscalation}),
 * each in a transaction of its own: one that fails (or waits for another server) holds up no other.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OverdueScan {

  private static final Logger LOG = Logger.getLogger(OverdueScan.class.getName());

  /** Deadlines looked at in one pass; the next pass takes the rest. */
  static final int BATCH = 500;

  @Inject OverdueEscalation escalation;

  /** Escalates what is overdue at {@code now}; returns how many deadlines this pass escalated. */
  public int escalate(Instant now) {
    int escalated = 0;
    for (String id : escalation.candidates(now, BATCH)) {
      try {
        if (escalation.escalate(id, now)) {
          escalated++;
        }
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING, "Deadline " + id + " was not escalated; the next scan tries again", e);
      }
    }
    return escalated;
  }
}
