package org.shouhu.shared.domain;

/** Something sent is larger than allowed (413). */
public class PayloadTooLargeException extends DomainException {

  public PayloadTooLargeException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
