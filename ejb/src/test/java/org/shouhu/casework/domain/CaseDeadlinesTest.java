package org.shouhu.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.casework.domain.CaseStatus.*;
import static org.shouhu.casework.domain.Cases.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouhu.shared.domain.InvalidInputException;

/** Which milestones start which deadlines, and which events meet them. */
class CaseDeadlinesTest {

  private static final Instant LATER = NOW.plus(Duration.ofHours(3));

  private static Deadline named(Case c, String name) {
    return c.deadlines().stream()
        .filter(d -> d.name().equals(name) && d.isOpen())
        .findFirst()
        .orElseGet(
            () ->
                c.deadlines().stream()
                    .filter(d -> d.name().equals(name))
                    .reduce((a, b) -> b)
                    .orElseThrow());
  }

  @Test
  void aReportGetsFirstContactAndAssessmentFromWhenItCameIn() {
    Case c = Cases.received();
    assertThat(c.deadlines())
        .extracting(Deadline::name)
        .containsExactly("FIRST_CONTACT", "ASSESSMENT");
    assertThat(named(c, "FIRST_CONTACT").dueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    assertThat(named(c, "FIRST_CONTACT").isOverdue(NOW.plus(Duration.ofHours(25)))).isTrue();
    assertThat(named(c, "FIRST_CONTACT").isOverdue(NOW.plus(Duration.ofHours(23)))).isFalse();
  }

  @Test
  void anUrgentReportMustBeAnsweredInTwoHours() {
    Case c = Cases.received(true);
    assertThat(named(c, "FIRST_CONTACT").dueAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
  }

  @Test
  void aVisitMeetsFirstContactAtTheTimeOfTheVisitNotOfTyping() {
    Case c = Cases.received();
    Instant visited = NOW.plus(Duration.ofHours(20));
    c.recordVisit(
        new Visit.Report(visited, Visit.Mode.HOME, null, null, "safe", null),
        DIRECTOR,
        NOW.plus(Duration.ofHours(30)));
    Deadline first = named(c, "FIRST_CONTACT");
    assertThat(first.metAt()).contains(visited);
    assertThat(first.metOnTime()).isTrue();
    assertThat(first.isOverdue(NOW.plus(Duration.ofDays(3)))).isFalse();
    assertThat(named(c, "ASSESSMENT").isOpen()).isTrue(); // a visit is no assessment
  }

  @Test
  void leavingAssessmentForInterventionCompletesTheAssessment() {
    Case c = Cases.in(ASSESSMENT);
    assertThat(named(c, "ASSESSMENT").isOpen()).isTrue();
    c.moveTo(INTERVENTION, null, null, DIRECTOR, LATER, POLICY);
    assertThat(named(c, "ASSESSMENT").metAt()).contains(LATER);
    assertThat(named(c, "FIRST_CONTACT").isOpen()).isTrue(); // still nobody saw the child
  }

  @Test
  void aClosureRequestFromAssessmentCompletesItToo() {
    Case c = Cases.in(ASSESSMENT);
    c.requestClosure("no need to intervene", DIRECTOR, LATER, POLICY);
    assertThat(named(c, "ASSESSMENT").metAt()).contains(LATER);
  }

  @Test
  void followUpStartsThreeMonthlyVisitsMetOneMonthAtATime() {
    Case c = Cases.in(FOLLOW_UP);
    List<Deadline> visits =
        c.deadlines().stream().filter(d -> d.name().startsWith("FOLLOW_UP_VISIT")).toList();
    assertThat(visits).hasSize(3).allMatch(Deadline::isOpen);
    // the first visit answers the first contact and the first monthly visit
    c.recordVisit(
        new Visit.Report(LATER, Visit.Mode.PHONE, null, null, null, null), DIRECTOR, LATER);
    assertThat(named(c, "FIRST_CONTACT").metAt()).contains(LATER);
    assertThat(named(c, "FOLLOW_UP_VISIT_1").metAt()).contains(LATER);
    // another visit in the same month does not count for next month's
    Instant sameMonth = LATER.plus(Duration.ofDays(20));
    c.recordVisit(
        new Visit.Report(sameMonth, Visit.Mode.HOME, null, null, null, null), DIRECTOR, sameMonth);
    assertThat(named(c, "FOLLOW_UP_VISIT_2").isOpen()).isTrue();
    // once the first month is over, a visit meets the second
    Instant nextMonth = named(c, "FOLLOW_UP_VISIT_1").dueAt().plus(Duration.ofDays(3));
    c.recordVisit(
        new Visit.Report(nextMonth, Visit.Mode.HOME, null, null, null, null), DIRECTOR, nextMonth);
    assertThat(named(c, "FOLLOW_UP_VISIT_2").metAt()).contains(nextMonth);
    assertThat(named(c, "FOLLOW_UP_VISIT_3").isOpen()).isTrue();
  }

  @Test
  void aLateVisitStillMeetsTheOverdueMonthFirst() {
    Case c = Cases.in(FOLLOW_UP);
    Instant late = named(c, "FOLLOW_UP_VISIT_1").dueAt().plus(Duration.ofDays(10));
    c.recordVisit(new Visit.Report(late, Visit.Mode.HOME, null, null, null, null), DIRECTOR, late);
    assertThat(named(c, "FOLLOW_UP_VISIT_1").metAt()).contains(late);
    assertThat(named(c, "FOLLOW_UP_VISIT_1").metOnTime()).isFalse();
    assertThat(named(c, "FOLLOW_UP_VISIT_2").isOpen()).isTrue();
  }

  @Test
  void aPlannedNextVisitAndTheMonthlyOneAreMetByTheSameVisit() {
    Case c = Cases.in(FOLLOW_UP);
    c.recordVisit(
        new Visit.Report(LATER, Visit.Mode.HOME, null, null, null, LocalDate.parse("2026-12-20")),
        DIRECTOR,
        LATER);
    Instant next = Instant.parse("2026-12-30T02:00:00Z"); // the first month is over
    c.recordVisit(new Visit.Report(next, Visit.Mode.HOME, null, null, null, null), DIRECTOR, next);
    assertThat(named(c, "NEXT_VISIT").metAt()).contains(next);
    assertThat(named(c, "FOLLOW_UP_VISIT_2").metAt()).contains(next);
  }

  @Test
  void goingBackToInterventionLapsesTheFollowUpVisitsAndReenteringRestartsThem() {
    Case c = Cases.in(FOLLOW_UP);
    c.moveTo(INTERVENTION, "new incident", null, DIRECTOR, LATER, POLICY);
    assertThat(named(c, "FOLLOW_UP_VISIT_1").lapsedAt()).contains(LATER);
    assertThat(named(c, "FOLLOW_UP_VISIT_1").isOverdue(LATER.plus(Duration.ofDays(90)))).isFalse();
    c.moveTo(FOLLOW_UP, null, null, DIRECTOR, LATER.plusSeconds(60), POLICY);
    assertThat(c.deadlines().stream().filter(Deadline::isOpen).map(Deadline::name))
        .contains("FOLLOW_UP_VISIT_1", "FOLLOW_UP_VISIT_2", "FOLLOW_UP_VISIT_3");
  }

  @Test
  void closingOrNotAcceptingLapsesWhatIsStillOpenAndReopeningStartsAnAssessment() {
    Case notAccepted = Cases.in(NOT_ACCEPTED);
    assertThat(notAccepted.deadlines()).noneMatch(Deadline::isOpen);
    Case closed = Cases.in(CLOSED);
    assertThat(closed.deadlines()).noneMatch(Deadline::isOpen);
    assertThat(named(closed, "FIRST_CONTACT").isOverdue(NOW.plus(Duration.ofDays(9)))).isFalse();
    closed.moveTo(ASSESSMENT, "new report", null, SUPERVISOR, LATER, POLICY);
    Deadline again = named(closed, "ASSESSMENT");
    assertThat(again.isOpen()).isTrue();
    assertThat(again.startedBy()).isEqualTo(Milestone.REOPENED);
  }

  @Test
  void aNextVisitDateStartsADeadlineEndingThatDay() {
    Case c = Cases.in(INTERVENTION);
    c.recordVisit(
        new Visit.Report(LATER, Visit.Mode.SCHOOL, null, null, "ok", LocalDate.parse("2026-12-10")),
        DIRECTOR,
        LATER);
    assertThat(named(c, "NEXT_VISIT").dueAt()).isEqualTo(Instant.parse("2026-12-10T16:00:00Z"));
  }

  @Test
  void visitsAreNotInTheFutureNorBeforeTheReportNorOnClosedCases() {
    Case c = Cases.in(ASSESSMENT);
    assertThatThrownBy(
            () ->
                c.recordVisit(
                    new Visit.Report(LATER, Visit.Mode.HOME, null, null, null, null),
                    DIRECTOR,
                    NOW))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors().get(0).field())
                    .isEqualTo("visitedAt"));
    assertThatThrownBy(
            () ->
                c.recordVisit(
                    new Visit.Report(NOW.minusSeconds(60), Visit.Mode.HOME, null, null, null, null),
                    DIRECTOR,
                    LATER))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                Cases.in(CLOSED)
                    .recordVisit(
                        new Visit.Report(LATER, Visit.Mode.HOME, null, null, null, null),
                        DIRECTOR,
                        LATER))
        .isInstanceOf(InvalidInputException.class);
    assertThat(c.deadlines()).allMatch(Deadline::isOpen); // nothing changed by the refusals
  }
}
