package org.shouhu.intake.application;

import java.util.Optional;

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

  /** Thrown (rolling back) when another request holds the key; the caller replays its answer. */
  class KeyTakenException extends RuntimeException {
    public KeyTakenException(Throwable cause) {
      super("idempotency key taken by a concurrent request", cause);
    }
  }
}
