package org.shouhu.intake.web;

import java.io.Serializable;

/**
 * An intake begun elsewhere — a hotline call being turned into a case — handed to the intake page
 * (through the flash) to pre-fill its form. {@code origin} is the record the case is made from (the
 * call's id): the case is linked to it when saved; {@code originNumber} shows which it is.
 */
public record IntakeDraft(
    String origin,
    String originNumber,
    String channel,
    String kind,
    String receivedAt,
    String community,
    boolean urgent,
    String category,
    String summary,
    String reporterType,
    String reporterName,
    String reporterPhone,
    boolean anonymous,
    String subjectName,
    String subjectSex,
    String subjectPhone)
    implements Serializable {

  /** The flash attribute the draft travels in. */
  public static final String FLASH = "intakeDraft";
}
