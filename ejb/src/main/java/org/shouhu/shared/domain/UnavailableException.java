package org.shouhu.shared.domain;

/** Something Shouhu depends on (the identity provider) cannot be reached just now (503). */
public class UnavailableException extends DomainException {

  public UnavailableException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
