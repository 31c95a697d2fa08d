package org.shouhu.intake.application;

import java.util.Optional;
import java.util.function.Supplier;
import org.shouhu.shared.domain.ConflictException;

/**
 * Idempotency keys of intake requests, scoped to the calling user: the first request with a key
 * records a hash of its body and, in the same transaction, the case it opened. Keys expire after a
 * day.
 */
public interface IdempotencyStore {

  /** A recorded, unexpired key: the request's hash and the case it opened. */
  record Entry(String requestHash, String caseId) {}

  Optional<Entry> find(String username, String key);

  /**
   * Reserves the key for this request, before any work is done.
   *
   * @throws KeyTakenException when a concurrent request with the same key got there first
   */
  void reserve(String username, String key, String requestHash);

  /** Records the case the reserved key's request opened. */
  void complete(String username, String key, String caseId);

  /** How often, 100 ms apart, a retry asks for the first request's answer before giving up. */
  int REPLAY_ATTEMPTS = 20;

  /**
   * The answer of the request that took a key first, asked for with {@code replay} (in a
   * transaction of its own) until that request committed; its other conflicts pass through.
   */
  static <T> T awaitFirstAnswer(Supplier<T> replay) {
    for (int attempt = 1; ; attempt++) {
      try {
        return replay.get();
      } catch (ConflictException e) {
        if (!e.messageKey().equals("intake.idempotency.inProgress") || attempt == REPLAY_ATTEMPTS) {
          throw e;
        }
        try {
          Thread.sleep(100); // the other request's commit has no event to wait on
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** Thrown (rolling back) when another request holds the key; the caller replays its answer. */
  class KeyTakenException extends RuntimeException {
    public KeyTakenException(Throwable cause) {
      super("idempotency key taken by a concurrent request", cause);
    }
  }
}
