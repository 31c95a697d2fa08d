package org.shouhu.intake.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Removes idempotency keys older than their lifetime, every hour. */
@Singleton
public class IdempotencySweeper {

  @PersistenceContext EntityManager em;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void sweep() {
    LocalDateTime limit =
        LocalDateTime.ofInstant(Instant.now().minus(JpaIdempotencyStore.LIFETIME), ZoneOffset.UTC);
    em.createNativeQuery("DELETE FROM idempotency_record WHERE created_at < ?1")
        .setParameter(1, limit)
        .executeUpdate();
  }
}
