package org.shouhu.protection.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.protection.domain.ChildCases.DIRECTOR;
import static org.shouhu.protection.domain.ChildCases.POLICY;
import static org.shouhu.protection.domain.ChildCases.SUPERVISOR;
import static org.shouhu.protection.domain.ChildCases.inAssessment;
import static org.shouhu.protection.domain.ChildCases.later;
import static org.shouhu.protection.domain.ChildCases.reported;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.shared.domain.InvalidInputException;

/** No INTERVENTION without an approved assessment made since the case last entered ASSESSMENT. */
class InterventionGateTest {

  private static void check(Case c, List<Assessment> assessments) {
    InterventionGate.check(c, CaseStatus.ASSESSMENT, CaseStatus.INTERVENTION, assessments);
  }

  @Test
  void withoutAnyAssessmentOrWithOnlyASubmittedOrReturnedOneTheMoveIsRefused() {
    Case c = inAssessment();
    assertThatThrownBy(() -> check(c, List.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.errors().get(0).field()).isEqualTo("to");
              org.assertj.core.api.Assertions.assertThat(e.errors().get(0).messageKey())
                  .isEqualTo("assessment.approvalMissing");
            });
    Assessment submitted = AssessmentTest.submitted(c, false);
    assertThatThrownBy(() -> check(c, List.of(submitted)))
        .isInstanceOf(InvalidInputException.class);
    submitted.review(c, Assessment.Decision.RETURNED, "再看看", SUPERVISOR, later(100));
    assertThatThrownBy(() -> check(c, List.of(submitted)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anApprovedAssessmentOpensTheWay() {
    Case c = inAssessment();
    Assessment a = AssessmentTest.submitted(c, false);
    a.review(c, Assessment.Decision.APPROVED, null, SUPERVISOR, later(100));
    assertThatCode(() -> check(c, List.of(a))).doesNotThrowAnyException();
  }

  @Test
  void anApprovalFromBeforeTheCaseWasReopenedCountsNoMore() {
    Case c = inAssessment();
    Assessment old = AssessmentTest.submitted(c, false);
    old.review(c, Assessment.Decision.APPROVED, null, SUPERVISOR, later(100));
    c.requestClosure("无需干预", DIRECTOR, later(110), POLICY);
    c.decideClosure(true, "同意", SUPERVISOR, later(120));
    c.moveTo(CaseStatus.ASSESSMENT, "再次报告", null, SUPERVISOR, later(200), POLICY);
    assertThatThrownBy(() -> check(c, List.of(old))).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void otherKindsAndOtherMovesAreNotGated() {
    Case dv = reported(CaseKind.DOMESTIC_VIOLENCE, CaseCategory.PHYSICAL, false);
    assertThatCode(() -> check(dv, List.of())).doesNotThrowAnyException();
    Case c = inAssessment();
    assertThatCode(
            () ->
                InterventionGate.check(c, CaseStatus.FOLLOW_UP, CaseStatus.INTERVENTION, List.of()))
        .doesNotThrowAnyException();
  }
}
