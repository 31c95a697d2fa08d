package org.shouhu.welfare.domain;

/** A parent's situation as the 2010 and 2019 policies name them (API.md). */
public enum ParentSituation {
  DEAD,
  DECLARED_DEAD,
  MISSING,
  SEVERE_DISABILITY,
  SERIOUS_ILLNESS,
  IMPRISONED,
  DRUG_REHABILITATION,
  RESTRICTED_LIBERTY,
  LOST_CONTACT,
  GUARDIANSHIP_REVOKED,
  DEPORTED,
  NONE;

  /** Dead, declared dead or declared missing: what makes an orphan when both parents are. */
  public boolean gone() {
    return this == DEAD || this == DECLARED_DEAD || this == MISSING;
  }

  /** Counts for a de-facto unattended child only once it has lasted six months (民发〔2019〕62号). */
  public boolean countsAfterSixMonths() {
    return this == IMPRISONED
        || this == DRUG_REHABILITATION
        || this == RESTRICTED_LIBERTY
        || this == LOST_CONTACT;
  }
}
