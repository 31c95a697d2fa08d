package org.shouhu.shared.domain;

/** Something sent is of a kind not accepted, judged by its content (415). */
public class UnsupportedTypeException extends DomainException {

  public UnsupportedTypeException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
