package org.shouhu.shared.domain;

import java.time.Duration;

/** Too many of something within a period (HTTP 429); {@code retryAfter} says when to try again. */
public class RateLimitedException extends DomainException {

  private final Duration retryAfter;

  public RateLimitedException(Duration retryAfter, String messageKey, Object... arguments) {
    super(messageKey, arguments);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
