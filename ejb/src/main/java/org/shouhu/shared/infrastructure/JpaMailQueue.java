package org.shouhu.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.shouhu.shared.application.Mail;
import org.shouhu.shared.application.MailQueue;

/** Queues mail in the outbox table and wakes the sender once the transaction has committed. */
@ApplicationScoped
public class JpaMailQueue implements MailQueue {

  /** Fired for each queued mail; the sender observes it after a successful commit. */
  public record Queued(String id) {}

  @PersistenceContext EntityManager em;
  @Inject Event<Queued> queued;

  @Override
  public void queue(Mail mail) {
    OutboxMail row = new OutboxMail(mail, Instant.now());
    em.persist(row);
    queued.fire(new Queued(row.id()));
  }
}
