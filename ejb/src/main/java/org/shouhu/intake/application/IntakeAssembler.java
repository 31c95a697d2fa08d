package org.shouhu.intake.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.Channel;
import org.shouhu.casework.domain.IdType;
import org.shouhu.casework.domain.Intake;
import org.shouhu.casework.domain.PartyRole;
import org.shouhu.casework.domain.PersonDetails;
import org.shouhu.casework.domain.Reporter;
import org.shouhu.casework.domain.ReporterType;
import org.shouhu.casework.domain.ResidentId;
import org.shouhu.casework.domain.Sex;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.validation.Values;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.InvalidInputException.FieldError;
import org.shouhu.shared.domain.JurisdictionCode;

/**
 * Checks an {@link IntakeForm} against the rules of API.md — its constraints, and the rules that
 * tie its fields together: the subject's sex is required, the category must be one the kind allows,
 * nobody else is a second subject — and turns it into an {@link IntakeCommand}. Every broken rule
 * is reported on its field at once (422).
 */
public final class IntakeAssembler {

  private final Commands commands;

  public IntakeAssembler(Commands commands) {
    this.commands = commands;
  }

  public IntakeCommand assemble(IntakeForm form) {
    List<FieldError> errors = new ArrayList<>(commands.violations(form));
    if (form.subject() != null && blank(form.subject().sex())) {
      errors.add(new FieldError("subject.sex", "validation.required"));
    }
    CaseKind kind = valid(errors, "kind") ? Values.of(CaseKind.class, form.kind()) : null;
    CaseCategory category =
        valid(errors, "category") ? Values.of(CaseCategory.class, form.category()) : null;
    if (kind != null && category != null && !kind.allows(category)) {
      errors.add(
          new FieldError(
              "category",
              "validation.category",
              Map.of("kind", kind.name(), "allowed", kind.categories().toArray())));
    }
    List<IntakeForm.PartyForm> people = form.people() == null ? List.of() : form.people();
    for (int i = 0; i < people.size(); i++) {
      if (people.get(i) != null && PartyRole.SUBJECT.name().equals(strip(people.get(i).role()))) {
        errors.add(new FieldError("people[" + i + "].role", "intake.people.subjectTwice"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, false);
    }
    Intake intake =
        new Intake(
            Values.of(Channel.class, form.channel()),
            kind,
            Values.instant(form.receivedAt()),
            new JurisdictionCode(form.jurisdiction().strip()),
            Boolean.TRUE.equals(form.urgent()),
            category,
            blank(form.summary()) ? null : form.summary(),
            reporter(form.reporter()));
    List<IntakeCommand.OtherParty> others =
        people.stream()
            .map(
                p ->
                    new IntakeCommand.OtherParty(
                        Values.of(PartyRole.class, p.role()), person(p.person())))
            .toList();
    IntakeForm.PoliceForm police = form.police();
    return new IntakeCommand(
        intake,
        person(form.subject()),
        others,
        police == null
            ? null
            : new IntakeCommand.Police(
                Values.instant(police.notifiedAt()), police.station(), police.reference()));
  }

  private static Reporter reporter(IntakeForm.ReporterForm form) {
    if (form == null) {
      return null;
    }
    return new Reporter(
        Values.of(ReporterType.class, form.type()),
        blank(form.name()) ? null : form.name(),
        strip(form.phone()),
        Boolean.TRUE.equals(form.anonymous()));
  }

  /** A checked person; a resident ID number is uppercased and gives the birth date if absent. */
  private static PersonDetails person(IntakeForm.PersonForm form) {
    LocalDate birthDate = Values.date(form.birthDate());
    IdType idType = null;
    String idNumber = strip(form.idNumber());
    if (idNumber != null) {
      idType = IdNumberFits.Check.typeOf(form.idType()).orElseThrow();
      if (idType == IdType.RESIDENT_ID) {
        ResidentId id = ResidentId.parse(idNumber);
        idNumber = id.value();
        birthDate = birthDate == null ? id.birthDate() : birthDate;
      }
    }
    return new PersonDetails(
        form.name(),
        Values.of(Sex.class, form.sex()),
        birthDate,
        idType,
        idNumber,
        strip(form.phone()),
        blank(form.address()) ? null : form.address());
  }

  private static boolean valid(List<FieldError> errors, String field) {
    return errors.stream().noneMatch(e -> e.field().equals(field));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String strip(String text) {
    return blank(text) ? null : text.strip();
  }
}
