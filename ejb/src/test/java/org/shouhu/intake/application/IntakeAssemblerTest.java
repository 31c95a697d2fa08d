package org.shouhu.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.IdType;
import org.shouhu.casework.domain.PartyRole;
import org.shouhu.shared.application.TestCommands;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.InvalidInputException.FieldError;

class IntakeAssemblerTest {

  private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
  private static final IntakeAssembler ASSEMBLER = new IntakeAssembler(TestCommands.at(NOW));

  private static IntakeForm.PersonForm child(String idNumber, String birthDate) {
    return new IntakeForm.PersonForm("王小明", "M", birthDate, null, idNumber, null, null);
  }

  private static IntakeForm form(String kind, String category, IntakeForm.PersonForm subject) {
    return new IntakeForm(
        "MANDATORY_REPORT",
        kind,
        "2026-11-28T10:15:00+08:00",
        "210203001001",
        true,
        category,
        "淤青",
        new IntakeForm.ReporterForm("SCHOOL", "长江路小学", "0411-88881234", false),
        subject,
        List.of(),
        null);
  }

  private static List<String> fieldsRefused(IntakeForm form) {
    try {
      ASSEMBLER.assemble(form);
      return List.of();
    } catch (InvalidInputException e) {
      assertThat(e.malformed()).isFalse();
      return e.errors().stream().map(FieldError::field).toList();
    }
  }

  @Test
  void aGoodIntakeBecomesACommand() {
    IntakeCommand command =
        ASSEMBLER.assemble(
            form("CHILD_PROTECTION", "PHYSICAL_ABUSE", child("21020320150302008x", null)));
    assertThat(command.intake().receivedAt()).isEqualTo(Instant.parse("2026-11-28T02:15:00Z"));
    assertThat(command.intake().category()).isEqualTo(CaseCategory.PHYSICAL_ABUSE);
    assertThat(command.intake().urgent()).isTrue();
    assertThat(command.subject().idNumber()).isEqualTo("21020320150302008X");
    assertThat(command.subject().idType()).isEqualTo(IdType.RESIDENT_ID);
    assertThat(command.subject().birthDate()).isEqualTo(LocalDate.of(2015, 3, 2));
  }

  @Test
  void requiredFieldsAreReportedTogether() {
    IntakeForm empty =
        new IntakeForm(null, null, null, null, null, null, null, null, null, null, null);
    assertThat(fieldsRefused(empty))
        .contains("channel", "kind", "receivedAt", "jurisdiction", "subject");
    assertThat(
            fieldsRefused(
                form(
                    "CHILD_PROTECTION",
                    null,
                    new IntakeForm.PersonForm(null, null, null, null, null, null, null))))
        .containsExactlyInAnyOrder("subject.name", "subject.sex");
  }

  @Test
  void categoriesFollowTheKind() {
    assertThat(fieldsRefused(form("CHILD_PROTECTION", "ECONOMIC", child(null, null))))
        .containsExactly("category");
    assertThat(fieldsRefused(form("DOMESTIC_VIOLENCE", "ECONOMIC", child(null, null)))).isEmpty();
    assertThat(fieldsRefused(form("ORPHAN_SUPPORT", "NEGLECT", child(null, null))))
        .containsExactly("category");
    assertThat(fieldsRefused(form("ORPHAN_SUPPORT", null, child(null, null)))).isEmpty();
    assertThat(fieldsRefused(form("WOMENS_RIGHTS", "SEXUAL_HARASSMENT", child(null, null))))
        .isEmpty();
    assertThat(fieldsRefused(form("WOMENS_RIGHTS", "NO_SUCH", child(null, null))))
        .containsExactly("category");
    assertThat(fieldsRefused(form("NO_SUCH_KIND", null, child(null, null))))
        .containsExactly("kind");
  }

  @Test
  void residentIdsAreCheckedAndMustAgreeWithTheBirthDate() {
    assertThat(fieldsRefused(form("CHILD_PROTECTION", null, child("210203201503020038", null))))
        .containsExactly("subject.idNumber");
    assertThat(
            fieldsRefused(
                form("CHILD_PROTECTION", null, child("210203201503020039", "2015-03-03"))))
        .containsExactly("subject.idNumber");
    assertThat(
            fieldsRefused(
                form("CHILD_PROTECTION", null, child("210203201503020039", "2015-03-02"))))
        .isEmpty();
    IntakeForm.PersonForm passport =
        new IntakeForm.PersonForm("Anna Li", "F", null, "PASSPORT", "E12345678", null, null);
    assertThat(fieldsRefused(form("WOMENS_RIGHTS", null, passport))).isEmpty();
  }

  @Test
  void nothingMayLieInTheFuture() {
    IntakeForm future =
        new IntakeForm(
            "WALK_IN",
            "WOMENS_RIGHTS",
            "2026-11-29T10:15:00+08:00",
            "210203001001",
            false,
            null,
            null,
            null,
            child(null, "2030-01-01"),
            List.of(),
            null);
    assertThat(fieldsRefused(future)).containsExactlyInAnyOrder("receivedAt", "subject.birthDate");
    IntakeForm noOffset =
        new IntakeForm(
            "WALK_IN",
            "WOMENS_RIGHTS",
            "2026-11-28T10:15:00",
            "210203001001",
            false,
            null,
            null,
            null,
            child(null, null),
            List.of(),
            null);
    assertThat(fieldsRefused(noOffset)).containsExactly("receivedAt");
  }

  @Test
  void namesHoldAnyLettersRareCharactersAndTheMiddleDot() {
    for (String name : new String[] {"𠀀小明·王", "阿依古丽·买买提", "Anna-Maria O'Neil", "䶮"}) {
      IntakeForm.PersonForm p = new IntakeForm.PersonForm(name, "F", null, null, null, null, null);
      assertThat(ASSEMBLER.assemble(form("WOMENS_RIGHTS", null, p)).subject().name())
          .isEqualTo(name);
    }
    IntakeForm.PersonForm digits =
        new IntakeForm.PersonForm("王1", "F", null, null, null, null, null);
    assertThat(fieldsRefused(form("WOMENS_RIGHTS", null, digits))).containsExactly("subject.name");
  }

  @Test
  void lengthsAndCommunitiesAreChecked() {
    IntakeForm longSummary =
        new IntakeForm(
            "WALK_IN",
            "WOMENS_RIGHTS",
            "2026-11-28T10:15:00+08:00",
            "210203001",
            false,
            null,
            "字".repeat(4001),
            null,
            child(null, null),
            List.of(),
            null);
    assertThat(fieldsRefused(longSummary)).containsExactlyInAnyOrder("summary", "jurisdiction");
  }

  @Test
  void otherPeopleCarryARoleButNeverAsecondSubject() {
    IntakeForm withPeople =
        new IntakeForm(
            "POLICE",
            "DOMESTIC_VIOLENCE",
            "2026-11-28T10:15:00+08:00",
            "210203001001",
            false,
            "PHYSICAL",
            null,
            null,
            child(null, null),
            List.of(
                new IntakeForm.PartyForm(
                    "RESPONDENT",
                    new IntakeForm.PersonForm("张某", "M", null, null, null, null, null)),
                new IntakeForm.PartyForm(
                    "SUBJECT", new IntakeForm.PersonForm("李某", "F", null, null, null, null, null))),
            null);
    assertThat(fieldsRefused(withPeople)).containsExactly("people[1].role");
    IntakeCommand ok =
        ASSEMBLER.assemble(
            new IntakeForm(
                "POLICE",
                "DOMESTIC_VIOLENCE",
                "2026-11-28T10:15:00+08:00",
                "210203001001",
                false,
                "PHYSICAL",
                null,
                null,
                child(null, null),
                withPeople.people().subList(0, 1),
                null));
    assertThat(ok.others())
        .extracting(IntakeCommand.OtherParty::role)
        .containsExactly(PartyRole.RESPONDENT);
  }
}
