package org.shouhu.protection.infrastructure;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shouhu.protection.application.OrderExpiry;
import org.shouhu.shared.application.CurrentUser;

/** Every hour, lapses the expiry warnings of orders that are over (see {@link OrderExpiry}). */
@Singleton
@RunAs(CurrentUser.SYSTEM)
@DeclareRoles(CurrentUser.SYSTEM)
@PermitAll // a @RunAs bean is otherwise closed to callers; only its timer calls it
public class OrderExpiryJob {

  private static final Logger LOG = Logger.getLogger(OrderExpiryJob.class.getName());

  @Inject OrderExpiry expiry;
  @Inject CurrentUser user;

  @Schedule(hour = "*", minute = "7", persistent = false)
  void hourly() {
    user.system(CurrentUser.SYSTEM);
    try {
      int lapsed = expiry.lapseExpired(Instant.now());
      if (lapsed > 0) {
        LOG.info(() -> "Lapsed the expiry warnings of " + lapsed + " order(s) that are over");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The order expiry run failed; the next one tries again", e);
    }
  }
}
