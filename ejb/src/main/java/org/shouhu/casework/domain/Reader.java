package org.shouhu.casework.domain;

/**
 * As whom someone reads a case (DOMAIN.md §4): what she may see of it follows from this alone
 * ({@link WhoSeesWhat}). Statisticians, auditors and administrators are no reader of any case.
 */
public enum Reader {
  /**
   * A child director of its community, a supervisor of its street, a caseworker of its district.
   */
  HANDLER,
  /** The hotline operator who took it in, while it is still at INTAKE. */
  INTAKE_TAKER,
  /**
   * A legal-aid officer of its district, once it was referred to legal aid with consent or basis.
   */
  LEGAL_AID,
  /** A director or supervisor outside its scope who gave a reason (flagged in the log). */
  BREAK_GLASS
}
