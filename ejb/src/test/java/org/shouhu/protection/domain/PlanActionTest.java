package org.shouhu.protection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.protection.domain.ChildCases.DIRECTOR;
import static org.shouhu.protection.domain.ChildCases.inAssessment;
import static org.shouhu.protection.domain.ChildCases.later;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.Deadline;
import org.shouhu.shared.domain.InvalidInputException;

/** A plan action is a deadline until it is done (met) or dropped (with a reason). */
class PlanActionTest {

  private static final LocalDate DUE = LocalDate.of(2026, 12, 10);

  private static Deadline deadlineOf(Case c, PlanAction a) {
    return c.deadlines().stream()
        .filter(d -> d.name().equals(PlanAction.DEADLINE) && d.ref().orElse("").equals(a.id()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anOpenActionIsDueAtMidnightOfItsDayAndDoneMeetsIt() {
    Case c = inAssessment();
    PlanAction a =
        PlanAction.add(
            c, PlanAction.Type.GUARDIAN_WARNING, "supervisor-a", DUE, "约谈", DIRECTOR, later(90));
    Deadline d = deadlineOf(c, a);
    assertThat(d.dueAt()).isEqualTo(Instant.parse("2026-12-10T16:00:00Z"));
    assertThat(d.isOverdue(Instant.parse("2026-12-10T16:00:01Z"))).isTrue();
    a.change(c, PlanAction.Status.DONE, null, DIRECTOR, later(100));
    assertThat(deadlineOf(c, a).metAt()).contains(later(100));
    assertThat(a.type().isGuardianshipIntervention()).isTrue();
  }

  @Test
  void droppingNeedsAReasonAndLapsesTheDeadlineAndAnEndedActionStaysEnded() {
    Case c = inAssessment();
    PlanAction a =
        PlanAction.add(c, PlanAction.Type.SCHOOL, "director-a", DUE, null, DIRECTOR, later(90));
    assertThatThrownBy(() -> a.change(c, PlanAction.Status.DROPPED, " ", DIRECTOR, later(95)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("note"));
    a.change(c, PlanAction.Status.DROPPED, "学校已主动介入", DIRECTOR, later(95));
    assertThat(deadlineOf(c, a).lapsedAt()).isPresent();
    assertThatThrownBy(() -> a.change(c, PlanAction.Status.DONE, null, DIRECTOR, later(96)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anActionIsNotDueBeforeTheReport() {
    Case c = inAssessment();
    assertThatThrownBy(
            () ->
                PlanAction.add(
                    c,
                    PlanAction.Type.OTHER,
                    "director-a",
                    LocalDate.of(2026, 11, 27),
                    null,
                    DIRECTOR,
                    later(90)))
        .isInstanceOf(InvalidInputException.class);
  }
}
