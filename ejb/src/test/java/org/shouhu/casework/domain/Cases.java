package org.shouhu.casework.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.Role;

/** Cases and actors for domain tests. */
final class Cases {

  static final Instant NOW = Instant.parse("2026-11-28T02:15:00Z");
  static final Actor DIRECTOR = new Actor("director-a", Set.of(Role.CHILD_DIRECTOR));
  static final Actor SUPERVISOR = new Actor("supervisor-a", Set.of(Role.CHILD_SUPERVISOR));
  static final Actor CASEWORKER = new Actor("caseworker1", Set.of(Role.CASEWORKER));
  static final Actor HOTLINE = new Actor("hotline1", Set.of(Role.HOTLINE_OPERATOR));
  static final Actor LEGAL_AID = new Actor("legalaid1", Set.of(Role.LEGAL_AID_OFFICER));
  static final Actor STATISTICIAN = new Actor("stats1", Set.of(Role.STATISTICIAN));

  /** The deadline rules that ship in config/casework/, over the week without holidays. */
  static final DeadlinePolicy POLICY =
      new DeadlinePolicy(DeadlineRulesTest.shipped(), WorkingCalendar.weekOnly());

  private Cases() {}

  static Case received() {
    return received(false);
  }

  static Case received(boolean urgent) {
    Intake intake =
        new Intake(
            Channel.MANDATORY_REPORT,
            CaseKind.CHILD_PROTECTION,
            NOW,
            new JurisdictionCode("210203001001"),
            urgent,
            CaseCategory.NEGLECT,
            "summary",
            new Reporter(ReporterType.SCHOOL, "school", null, false));
    PersonDetails details = new PersonDetails("王小明", Sex.M, null, null, null, null, null);
    Person subject = new Person(details, PersonIndex.of("王小明", null, null, text -> text));
    return Case.receive(intake, subject, List.of(), CaseNumber.of(2026, 1), DIRECTOR, NOW, POLICY);
  }

  /** A case brought to {@code status} through the lifecycle itself. */
  static Case in(CaseStatus status) {
    Case c = received();
    switch (status) {
      case INTAKE -> {}
      case NOT_ACCEPTED ->
          c.moveTo(CaseStatus.NOT_ACCEPTED, "advice only", "街道", CASEWORKER, NOW, POLICY);
      case ASSESSMENT -> c.moveTo(CaseStatus.ASSESSMENT, null, null, DIRECTOR, NOW, POLICY);
      case INTERVENTION -> {
        c.moveTo(CaseStatus.ASSESSMENT, null, null, DIRECTOR, NOW, POLICY);
        c.moveTo(CaseStatus.INTERVENTION, null, null, DIRECTOR, NOW, POLICY);
      }
      case FOLLOW_UP -> {
        c.moveTo(CaseStatus.ASSESSMENT, null, null, DIRECTOR, NOW, POLICY);
        c.moveTo(CaseStatus.INTERVENTION, null, null, DIRECTOR, NOW, POLICY);
        c.moveTo(CaseStatus.FOLLOW_UP, null, null, DIRECTOR, NOW, POLICY);
      }
      case CLOSED -> {
        c.moveTo(CaseStatus.ASSESSMENT, null, null, DIRECTOR, NOW, POLICY);
        c.requestClosure("nothing to do", DIRECTOR, NOW, POLICY);
        c.decideClosure(true, "agreed", SUPERVISOR, NOW);
      }
    }
    return c;
  }
}
