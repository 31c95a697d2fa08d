package org.shouhu.casework.domain;

import org.shouhu.shared.domain.Identifier;

/**
 * The id of a case, as a client names it: opaque, any text. One that names no case (or a case out
 * of the caller's scope) is simply not found.
 */
public record CaseId(String value) implements Identifier {

  public CaseId {
    if (value == null) {
      throw new IllegalArgumentException("a case id is never null");
    }
  }

  public static CaseId of(String value) {
    return new CaseId(value == null ? "" : value.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
