package org.shouhu.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.shouhu.intake.application.IdempotencyStore;

/**
 * Idempotency keys in the database: one row per (user, key), its primary key a hash of both, so
 * that a concurrent second request with the same key waits for the first one's row and then fails
 * on it. Keys older than a day are forgotten ({@link IdempotencySweeper} removes them).
 */
@ApplicationScoped
public class JpaIdempotencyStore implements IdempotencyStore {

  static final Duration LIFETIME = Duration.ofHours(24);

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Entry> find(String username, String key) {
    IdempotencyRecord record = em.find(IdempotencyRecord.class, id(username, key));
    if (record == null) {
      return Optional.empty();
    }
    if (record.createdAt().isBefore(Instant.now().minus(LIFETIME))) {
      em.remove(record);
      em.flush();
      return Optional.empty();
    }
    return Optional.of(new Entry(record.requestHash(), record.caseId()));
  }

  @Override
  public void reserve(String username, String key, String requestHash) {
    em.persist(new IdempotencyRecord(id(username, key), username, key, requestHash, Instant.now()));
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isConstraintViolation(e)) {
        throw new KeyTakenException(e);
      }
      throw e;
    }
  }

  @Override
  public void complete(String username, String key, String caseId) {
    em.find(IdempotencyRecord.class, id(username, key)).completedWith(caseId);
  }

  /**
   * A duplicate key: SQL state class 23 (integrity constraint violation) on any database, or H2's
   * "concurrent update" (90131) when the other row is not committed yet.
   */
  private static boolean isConstraintViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("23") || sql.getSQLState().equals("90131"))) {
        return true;
      }
    }
    return false;
  }

  static String id(String username, String key) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((username + "\n" + key).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
