package org.shouhu.shared.domain;

/**
 * Somebody else changed the record first (the {@code version} sent is stale), or an idempotency key
 * was reused for another request (409). Nothing of the other change is lost.
 */
public class ConflictException extends DomainException {

  public ConflictException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
