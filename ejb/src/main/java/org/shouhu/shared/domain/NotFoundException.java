package org.shouhu.shared.domain;

/**
 * The record does not exist <em>or lies outside the caller's scope</em>: both are answered alike
 * (DOMAIN.md §1), so that a refusal reveals nothing.
 */
public class NotFoundException extends DomainException {

  public NotFoundException(String what, String id) {
    super("error.notFound", what, id);
  }
}
