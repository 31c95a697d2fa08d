package org.shouhu.intake.application;

import java.util.List;

/**
 * An intake as a client sent it, field by field, before any rule is checked (API.md "Intake").
 * Strings stay strings here, so that a bad value is reported on its field in the user's language
 * rather than failing the whole request. The REST API and the intake page both fill it in.
 */
public record IntakeForm(
    String channel,
    String kind,
    String receivedAt,
    String jurisdiction,
    Boolean urgent,
    String category,
    String summary,
    ReporterForm reporter,
    PersonForm subject,
    List<PartyForm> people) {

  /** The reporter part. */
  public record ReporterForm(String type, String name, String phone, Boolean anonymous) {}

  /** A person part (the subject, or one of {@code people}). */
  public record PersonForm(
      String name,
      String sex,
      String birthDate,
      String idType,
      String idNumber,
      String phone,
      String address) {}

  /** Another person named in the intake, in her role (extension of API.md). */
  public record PartyForm(String role, PersonForm person) {}
}
