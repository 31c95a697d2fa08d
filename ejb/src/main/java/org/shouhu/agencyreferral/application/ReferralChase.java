package org.shouhu.agencyreferral.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.agencyreferral.domain.AgencyReferral;
import org.shouhu.agencyreferral.domain.AgencyReferralRepository;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.directory.application.StaffDirectory;
import org.shouhu.shared.application.Mail;
import org.shouhu.shared.application.MailQueue;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.JurisdictionCode;

/**
 * Chases (督办) the answers of call referrals that did not come in time: the district's caseworkers
 * are mailed once per referral — the mark is written before the mail is queued, in the same
 * transaction, so that concurrent scans (or servers) mail once. A case's referral is chased through
 * its {@code REFERRAL_ANSWER} deadline instead, to the case's supervisor.
 */
@Stateless
@PermitAll
public class ReferralChase {

  private static final Logger LOG = Logger.getLogger(ReferralChase.class.getName());
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);
  static final int BATCH = 200;

  @Inject AgencyReferralRepository referrals;
  @Inject StaffDirectory staff;
  @Inject MailQueue mail;
  @Inject AccessLog accessLog;
  @Resource SessionContext context;

  @Inject
  @ConfigProperty(name = "shouhu.public-url", defaultValue = "http://127.0.0.1:8080/shouhu")
  String publicUrl;

  /** Chases what is overdue at {@code now}, each referral in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int chase(Instant now) {
    ReferralChase self = context.getBusinessObject(ReferralChase.class);
    int chased = 0;
    for (String id : self.candidates(now)) {
      try {
        if (self.chaseOne(id, now)) {
          chased++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Referral " + id + " was not chased; the next scan tries again", e);
      }
    }
    return chased;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<String> candidates(Instant now) {
    return referrals.overdueCallReferrals(now, BATCH);
  }

  /** Mails the district's caseworkers about one overdue call referral, once. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean chaseOne(String id, Instant now) {
    AgencyReferral r = referrals.find(id).orElse(null);
    if (r == null || !r.isOverdue(now)) {
      return false;
    }
    List<StaffDirectory.Recipient> caseworkers =
        staff.caseworkersOf(new JurisdictionCode(r.district()));
    if (caseworkers.isEmpty()) {
      LOG.severe(
          () ->
              "Nobody to chase referral of call "
                  + r.originNumber()
                  + " with: the district has no caseworker with an e-mail address");
      return false;
    }
    if (!referrals.markEscalated(id, now)) {
      return false;
    }
    for (StaffDirectory.Recipient to : caseworkers) {
      Locale language = to.language();
      Object[] arguments = {
        to.displayName(),
        r.originNumber(),
        WHEN.format(r.dueAt()),
        publicUrl + "/calls.xhtml?call=" + r.originId(),
        Messages.get(language, "agency." + r.agency().name())
      };
      mail.queue(
          new Mail(
              to.email(),
              Messages.get(language, "mail.referralOverdue.subject", arguments),
              Messages.get(language, "mail.referralOverdue.body", arguments),
              "REFERRAL_OVERDUE",
              r.originId()));
    }
    accessLog.record("NOTIFY", List.of(r.originId(), r.id()), r.district());
    return true;
  }
}
