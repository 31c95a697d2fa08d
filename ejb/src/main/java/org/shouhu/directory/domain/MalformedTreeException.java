package org.shouhu.directory.domain;

import org.shouhu.shared.domain.DomainException;

/**
 * A tree file that breaks a rule of {@link JurisdictionTree}. It names the line (from 1) and the
 * rule, so that the administrator who edited the file can find the mistake.
 */
public class MalformedTreeException extends DomainException {

  /** The rules a tree file can break; each has its message in the bundle. */
  public enum Reason {
    WRONG_FIELD_COUNT,
    MALFORMED_CODE,
    MISSING_NAME,
    DUPLICATE_CODE,
    PARENT_MISSING,
    SECOND_DISTRICT,
    NO_DISTRICT
  }

  private final int line;
  private final Reason reason;

  public MalformedTreeException(int line, Reason reason, String detail) {
    super("directory.tree." + reason.name(), line, detail);
    this.line = line;
    this.reason = reason;
  }

  /** The offending line, from 1; 0 when the rule concerns the whole file. */
  public int line() {
    return line;
  }

  public Reason reason() {
    return reason;
  }
}
