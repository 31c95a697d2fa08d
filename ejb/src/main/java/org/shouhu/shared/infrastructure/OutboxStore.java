package org.shouhu.shared.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's state changes, each in a transaction of its own, so that a mail is claimed by one
 * server only (a conditional update: the first to change PENDING to SENDING wins) and a send's
 * outcome is kept whatever happens to the next one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

  private static final InstantConverter INSTANTS = new InstantConverter();

  /** A claim older than this is taken for a crashed sender: the mail is tried again. */
  static final Duration STALE_CLAIM = Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;

  /** Ids of mail due to be sent now, oldest first. */
  public List<String> due(Instant now, int limit) {
    em.createNativeQuery(
            "UPDATE mail_outbox SET status = 'PENDING', claimed_at = NULL"
                + " WHERE status = 'SENDING' AND claimed_at < ?1")
        .setParameter(1, INSTANTS.convertToDatabaseColumn(now.minus(STALE_CLAIM)))
        .executeUpdate();
    return em.createQuery(
            "select m.id from OutboxMail m where m.status = :pending and m.nextAttemptAt <= :now"
                + " order by m.nextAttemptAt",
            String.class)
        .setParameter("pending", OutboxMail.Status.PENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The mail, if this server is the one that claimed it. */
  public Optional<OutboxMail> claim(String id, Instant now) {
    int claimed =
        em.createNativeQuery(
                "UPDATE mail_outbox SET status = 'SENDING', claimed_at = ?1"
                    + " WHERE id = ?2 AND status = 'PENDING'")
            .setParameter(1, INSTANTS.convertToDatabaseColumn(now))
            .setParameter(2, id)
            .executeUpdate();
    return claimed == 1 ? Optional.ofNullable(em.find(OutboxMail.class, id)) : Optional.empty();
  }

  public void delivered(String id, OutboxMail.Status how, Instant at) {
    em.find(OutboxMail.class, id).delivered(how, at);
  }

  /** Returns the mail's state after the failure (PENDING again, or FAILED for good). */
  public OutboxMail.Status failed(String id, String error, Instant at) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    mail.failed(error, at);
    return mail.status();
  }
}
