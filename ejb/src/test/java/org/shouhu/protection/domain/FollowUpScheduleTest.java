package org.shouhu.protection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.protection.domain.ChildCases.DIRECTOR;
import static org.shouhu.protection.domain.ChildCases.POLICY;
import static org.shouhu.protection.domain.ChildCases.SUPERVISOR;
import static org.shouhu.protection.domain.ChildCases.inAssessment;
import static org.shouhu.protection.domain.ChildCases.later;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.casework.domain.Deadline;
import org.shouhu.casework.domain.Visit;

/**
 * [policy default] Follow-up visits monthly for three months (DOMAIN.md §2.1): entering FOLLOW_UP
 * starts them; each visit meets the earliest one due; a next visit the worker names is due too.
 */
class FollowUpScheduleTest {

  @Test
  void threeMonthlyVisitsFromTheStartOfFollowUpAndTheNextVisitTheWorkerNames() {
    Case c = inAssessment();
    Assessment a =
        Assessment.submit(
            c,
            AssessmentTest.TWO_ITEMS,
            Map.of("THREAT", false, "FACTOR", true),
            null,
            DIRECTOR,
            later(90));
    a.review(c, Assessment.Decision.APPROVED, null, SUPERVISOR, later(95));
    InterventionGate.check(c, CaseStatus.ASSESSMENT, CaseStatus.INTERVENTION, List.of(a));
    c.moveTo(CaseStatus.INTERVENTION, null, null, DIRECTOR, later(100), POLICY);
    Instant start = Instant.parse("2026-12-01T02:00:00Z"); // 10:00 in Beijing
    c.moveTo(CaseStatus.FOLLOW_UP, null, null, DIRECTOR, start, POLICY);

    List<Deadline> visits =
        c.deadlines().stream().filter(d -> d.name().startsWith("FOLLOW_UP_VISIT")).toList();
    assertThat(visits)
        .extracting(Deadline::dueAt)
        .containsExactly(
            Instant.parse("2027-01-01T16:00:00Z"),
            Instant.parse("2027-02-01T16:00:00Z"),
            Instant.parse("2027-03-01T16:00:00Z"));

    Instant visited = Instant.parse("2026-12-20T02:00:00Z");
    c.recordVisit(
        new Visit.Report(visited, Visit.Mode.HOME, "母亲", true, "情况稳定", LocalDate.of(2027, 1, 15)),
        DIRECTOR,
        visited);
    assertThat(open(c, "FOLLOW_UP_VISIT_1")).isFalse();
    assertThat(open(c, "FOLLOW_UP_VISIT_2")).isTrue();
    assertThat(c.deadlines())
        .anySatisfy(
            d -> {
              assertThat(d.name()).isEqualTo("NEXT_VISIT");
              assertThat(d.dueAt()).isEqualTo(Instant.parse("2027-01-15T16:00:00Z"));
            });
  }

  private static boolean open(Case c, String name) {
    return c.deadlines().stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow()
        .isOpen();
  }
}
