package org.shouhu.legalaid.application;

import java.time.LocalDate;

/** Prints the centre's written refusal (不予法律援助决定书) as a letter (PDF). */
public interface DecisionLetters {

  /** What the letter says: to whom, about which referral, when and why. */
  record Letter(
      String number,
      String applicant,
      LocalDate referredOn,
      LocalDate decidedOn,
      String reasonCode,
      String reasons) {}

  byte[] print(Letter letter);
}
