package org.shouhu.welfare.application;

import java.time.LocalDate;

/** Prints the written reasons of a refused support file as a letter (PDF). */
public interface RefusalLetters {

  /** What the letter says: whose file, which step refused it, when and why. */
  record Letter(
      String caseNumber,
      String child,
      String category,
      String step,
      LocalDate refusedOn,
      String reasons,
      String authority) {}

  byte[] print(Letter letter);
}
