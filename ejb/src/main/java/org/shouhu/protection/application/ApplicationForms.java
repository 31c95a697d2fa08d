package org.shouhu.protection.application;

import java.util.Set;
import org.shouhu.protection.domain.Measure;

/**
 * Prints the application for a protection order (人身安全保护令申请书) for the victim to sign: a PDF in
 * Chinese with the font embedded.
 */
public interface ApplicationForms {

  /** A person on the form; absent values print as blanks to fill in by hand. */
  record Person(
      String name, String sex, String birthDate, String idNumber, String phone, String address) {}

  /**
   * What the form says: to which court; who applies (the victim, and who for her when not she);
   * against whom; the measures asked for (all of art. 29 are offered, these ticked); the facts.
   */
  record Form(
      String court,
      Person victim,
      String onBehalfOf,
      Person respondent,
      Set<Measure> asked,
      boolean urgent,
      String facts) {}

  byte[] render(Form form);
}
