package org.shouhu.shared.domain;

/** Something the server needs is missing here (a font for PDFs): 503, with what to install. */
public class UnavailableException extends DomainException {

  public UnavailableException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
