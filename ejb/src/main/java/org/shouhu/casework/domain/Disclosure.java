package org.shouhu.casework.domain;

/** How much of a part a reader gets. */
public enum Disclosure {
  /** Absent from what she reads. */
  HIDDEN,
  /** Masked, and she may not reveal it. */
  MASKED,
  /** Masked; revealing it in full is a logged action of its own. */
  MASKED_REVEALABLE,
  /** Only what a legal-aid referral shares. */
  SHARED_BY_REFERRAL,
  /** Shown as it is. */
  SHOWN;

  public boolean visible() {
    return this != HIDDEN;
  }
}
