package org.shouhu.intake.rest;

import java.util.List;
import org.shouhu.intake.application.IntakeForm;
import org.shouhu.shared.rest.JsonInput;

/** Reads an intake request body into an {@link IntakeForm} (wrong JSON types are a 400). */
final class IntakeJson {

  private IntakeJson() {}

  static IntakeForm read(JsonInput json) {
    JsonInput reporter = json.object("reporter");
    JsonInput subject = json.object("subject");
    List<IntakeForm.PartyForm> people =
        json.objects("people").stream()
            .map(p -> new IntakeForm.PartyForm(p.string("role"), person(p.object("person"))))
            .toList();
    IntakeForm form =
        new IntakeForm(
            json.string("channel"),
            json.string("kind"),
            json.string("receivedAt"),
            json.string("jurisdiction"),
            json.bool("urgent"),
            json.string("category"),
            json.string("summary"),
            reporter == null
                ? null
                : new IntakeForm.ReporterForm(
                    reporter.string("type"),
                    reporter.string("name"),
                    reporter.string("phone"),
                    reporter.bool("anonymous")),
            person(subject),
            people);
    json.requireWellTyped();
    return form;
  }

  private static IntakeForm.PersonForm person(JsonInput json) {
    return json == null
        ? null
        : new IntakeForm.PersonForm(
            json.string("name"),
            json.string("sex"),
            json.string("birthDate"),
            json.string("idType"),
            json.string("idNumber"),
            json.string("phone"),
            json.string("address"));
  }
}
