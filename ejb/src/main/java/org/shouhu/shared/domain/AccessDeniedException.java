package org.shouhu.shared.domain;

/** The caller's role may not do this here (403). */
public class AccessDeniedException extends DomainException {

  public AccessDeniedException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
