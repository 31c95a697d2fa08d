package org.shouhu.casework.infrastructure;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shouhu.casework.application.OverdueScan;
import org.shouhu.shared.application.CurrentUser;

/**
 * Every minute, escalates the deadlines that passed unmet. A non-persistent timer on every server:
 * the scan itself makes sure each deadline is escalated once. Runs as the system identity {@code
 * shouhu-system}, which the access log names.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the scan keeps its own
@RunAs(CurrentUser.SYSTEM)
@DeclareRoles(CurrentUser.SYSTEM)
@PermitAll // a @RunAs bean is otherwise closed to callers; only its timer calls it
public class OverdueJob {

  private static final Logger LOG = Logger.getLogger(OverdueJob.class.getName());

  @Inject OverdueScan scan;
  @Inject CurrentUser user;

  @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
  void everyMinute() {
    user.system(CurrentUser.SYSTEM);
    try {
      int escalated = scan.escalate(Instant.now());
      if (escalated > 0) {
        LOG.info(() -> "Escalated " + escalated + " overdue deadline(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The overdue scan failed; the next one tries again", e);
    }
  }
}
