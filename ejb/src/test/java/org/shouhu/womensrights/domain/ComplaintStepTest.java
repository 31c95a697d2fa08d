package org.shouhu.womensrights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseNumber;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.casework.domain.Channel;
import org.shouhu.casework.domain.DeadlinePolicy;
import org.shouhu.casework.domain.DeadlineRules;
import org.shouhu.casework.domain.Intake;
import org.shouhu.casework.domain.Person;
import org.shouhu.casework.domain.PersonDetails;
import org.shouhu.casework.domain.PersonIndex;
import org.shouhu.casework.domain.Reporter;
import org.shouhu.casework.domain.ReporterType;
import org.shouhu.casework.domain.Sex;
import org.shouhu.casework.domain.WorkingCalendar;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.Role;

class ComplaintStepTest {

  static final Instant NOW = Instant.parse("2026-11-28T02:15:00Z");
  static final Actor CASEWORKER = new Actor("caseworker1", Set.of(Role.CASEWORKER));
  static final DeadlinePolicy POLICY =
      new DeadlinePolicy(new DeadlineRules(List.of()), WorkingCalendar.weekOnly());

  static Case complaint(CaseKind kind, CaseCategory category) {
    Intake intake =
        new Intake(
            Channel.HOTLINE_12338,
            kind,
            NOW,
            new JurisdictionCode("210203001001"),
            false,
            category,
            "单位以怀孕为由辞退",
            new Reporter(ReporterType.SELF, null, null, false));
    PersonDetails details = new PersonDetails("张某", Sex.F, null, null, null, null, null);
    Person subject = new Person(details, PersonIndex.of("张某", null, null, text -> text));
    Case c =
        Case.receive(intake, subject, List.of(), CaseNumber.of(2026, 9), CASEWORKER, NOW, POLICY);
    c.moveTo(CaseStatus.ASSESSMENT, null, null, CASEWORKER, NOW, POLICY);
    return c;
  }

  @Test
  void eachStepTakesItsOwnResults() {
    Case c = complaint(CaseKind.WOMENS_RIGHTS, CaseCategory.EMPLOYMENT_DISCRIMINATION);
    assertThat(
            ComplaintStep.record(c, ComplaintStep.Type.ADVICE, NOW, "告知劳动仲裁", null, CASEWORKER, NOW)
                .result())
        .isEmpty();
    assertThatThrownBy(
            () ->
                ComplaintStep.record(
                    c,
                    ComplaintStep.Type.MEDIATION,
                    NOW,
                    null,
                    ComplaintStep.Result.RESOLVED,
                    CASEWORKER,
                    NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                ComplaintStep.record(
                    c, ComplaintStep.Type.OUTCOME, NOW, null, null, CASEWORKER, NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThat(
            ComplaintStep.record(
                    c,
                    ComplaintStep.Type.MEDIATION,
                    NOW,
                    null,
                    ComplaintStep.Result.AGREEMENT,
                    CASEWORKER,
                    NOW)
                .result())
        .contains(ComplaintStep.Result.AGREEMENT);
  }

  @Test
  void onlyWomensRightsCasesHaveComplaintSteps() {
    Case dv = complaint(CaseKind.DOMESTIC_VIOLENCE, CaseCategory.PHYSICAL);
    assertThatThrownBy(
            () ->
                ComplaintStep.record(
                    dv, ComplaintStep.Type.ADVICE, NOW, null, null, CASEWORKER, NOW))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void closureWaitsForTheOutcome() {
    Case c = complaint(CaseKind.WOMENS_RIGHTS, CaseCategory.SEXUAL_HARASSMENT);
    ComplaintStep advice =
        ComplaintStep.record(c, ComplaintStep.Type.ADVICE, NOW, null, null, CASEWORKER, NOW);
    assertThatThrownBy(() -> OutcomeBeforeClosure.check(c, CaseStatus.CLOSED, List.of(advice)))
        .isInstanceOf(InvalidInputException.class);
    ComplaintStep outcome =
        ComplaintStep.record(
            c,
            ComplaintStep.Type.OUTCOME,
            NOW,
            null,
            ComplaintStep.Result.RESOLVED,
            CASEWORKER,
            NOW);
    assertThatCode(() -> OutcomeBeforeClosure.check(c, CaseStatus.CLOSED, List.of(advice, outcome)))
        .doesNotThrowAnyException();
    // other moves and other kinds are not its business
    assertThatCode(() -> OutcomeBeforeClosure.check(c, CaseStatus.INTERVENTION, List.of()))
        .doesNotThrowAnyException();
  }
}
