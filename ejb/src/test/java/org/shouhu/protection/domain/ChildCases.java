package org.shouhu.protection.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.Role;

/** Child-protection cases and the people who work them, for the protection domain's tests. */
final class ChildCases {

  static final Instant NOW = Instant.parse("2026-11-28T02:15:00Z");
  static final Actor DIRECTOR = new Actor("director-a", Set.of(Role.CHILD_DIRECTOR));
  static final Actor SUPERVISOR = new Actor("supervisor-a", Set.of(Role.CHILD_SUPERVISOR));
  static final Actor CASEWORKER = new Actor("caseworker1", Set.of(Role.CASEWORKER));

  static final DeadlinePolicy POLICY =
      new DeadlinePolicy(shippedRules(), WorkingCalendar.weekOnly());

  private ChildCases() {}

  static DeadlineRules shippedRules() {
    try {
      return DeadlineRules.parse(
          Files.readAllLines(Path.of("../config/casework/deadline-rules.tsv")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Case reported(CaseCategory category, boolean urgent) {
    return reported(CaseKind.CHILD_PROTECTION, category, urgent);
  }

  static Case reported(CaseKind kind, CaseCategory category, boolean urgent) {
    Intake intake =
        new Intake(
            Channel.MANDATORY_REPORT,
            kind,
            NOW,
            new JurisdictionCode("210203001001"),
            urgent,
            category,
            "summary",
            new Reporter(ReporterType.SCHOOL, "长江路小学", null, false));
    PersonDetails details = new PersonDetails("王小明", Sex.M, null, null, null, null, null);
    Person subject = new Person(details, PersonIndex.of("王小明", null, null, text -> text));
    return Case.receive(intake, subject, List.of(), CaseNumber.of(2026, 1), DIRECTOR, NOW, POLICY);
  }

  /** A neglect case in ASSESSMENT (entered an hour after the report). */
  static Case inAssessment() {
    Case c = reported(CaseCategory.NEGLECT, false);
    c.moveTo(CaseStatus.ASSESSMENT, null, null, DIRECTOR, later(60), POLICY);
    return c;
  }

  static Instant later(long minutes) {
    return NOW.plus(Duration.ofMinutes(minutes));
  }
}
