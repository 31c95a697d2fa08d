package org.shouhu.agencyreferral.infrastructure;

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
import org.shouhu.agencyreferral.application.ReferralChase;
import org.shouhu.shared.application.CurrentUser;

/**
 * Every minute, chases the call referrals whose answer is overdue ({@link ReferralChase}: each
 * once, however many servers run this). Runs as the system identity.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs(CurrentUser.SYSTEM)
@DeclareRoles(CurrentUser.SYSTEM)
@PermitAll
public class ReferralChaseJob {

  private static final Logger LOG = Logger.getLogger(ReferralChaseJob.class.getName());

  @Inject ReferralChase chase;
  @Inject CurrentUser user;

  @Schedule(hour = "*", minute = "*", second = "45", persistent = false)
  void everyMinute() {
    user.system(CurrentUser.SYSTEM);
    try {
      int chased = chase.chase(Instant.now());
      if (chased > 0) {
        LOG.info(() -> "Chased " + chased + " overdue call referral(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The referral chase failed; the next one tries again", e);
    }
  }
}
