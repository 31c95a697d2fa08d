package org.shouhu.protection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.protection.domain.ChildCases.CASEWORKER;
import static org.shouhu.protection.domain.ChildCases.DIRECTOR;
import static org.shouhu.protection.domain.ChildCases.POLICY;
import static org.shouhu.protection.domain.ChildCases.SUPERVISOR;
import static org.shouhu.protection.domain.ChildCases.inAssessment;
import static org.shouhu.protection.domain.ChildCases.later;
import static org.shouhu.protection.domain.ChildCases.reported;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.InvalidInputException;

/** An assessment's life: made from ASSESSMENT on, reviewed once, never by its author. */
class AssessmentTest {

  static final Instrument TWO_ITEMS =
      new Instrument(
          "T",
          CaseKind.CHILD_PROTECTION,
          List.of(
              new Instrument.Item("THREAT", "SAFETY_THREAT", 1, "威胁", "threat"),
              new Instrument.Item("FACTOR", "RISK_FACTOR", 1, "因素", "factor")),
          List.of(
              new Instrument.LevelRule(RiskLevel.VERY_HIGH, "SAFETY_THREAT", 1),
              new Instrument.LevelRule(RiskLevel.MODERATE, "RISK_FACTOR", 1),
              new Instrument.LevelRule(RiskLevel.LOW, "RISK_FACTOR", 0)));

  static Assessment submitted(Case c, boolean threat) {
    return Assessment.submit(
        c, TWO_ITEMS, Map.of("THREAT", threat, "FACTOR", false), "看过", DIRECTOR, later(90));
  }

  @Test
  void itKeepsItsAnswersLevelAndScoresAndGoesOnTheTimeline() {
    Case c = inAssessment();
    Assessment a = submitted(c, true);
    assertThat(a.status()).isEqualTo(Assessment.Status.SUBMITTED);
    assertThat(a.riskLevel()).isEqualTo(RiskLevel.VERY_HIGH);
    assertThat(a.answers()).containsEntry("THREAT", true).containsEntry("FACTOR", false);
    assertThat(a.scores()).containsEntry("SAFETY_THREAT", 1).containsEntry("RISK_FACTOR", 0);
    assertThat(c.events().get(c.events().size() - 1).codes()).containsExactly("T", "VERY_HIGH");
  }

  @Test
  void theAuthorNeverReviewsHerOwnAssessment() {
    Case c = inAssessment();
    Assessment mine =
        Assessment.submit(
            c, TWO_ITEMS, Map.of("THREAT", false, "FACTOR", true), null, SUPERVISOR, later(90));
    assertThatThrownBy(
            () -> mine.review(c, Assessment.Decision.APPROVED, null, SUPERVISOR, later(100)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("assessment.ownReview"));
    assertThat(mine.status()).isEqualTo(Assessment.Status.SUBMITTED);
    mine.review(c, Assessment.Decision.APPROVED, null, CASEWORKER, later(100));
    assertThat(mine.status()).isEqualTo(Assessment.Status.APPROVED);
    assertThat(mine.reviewedBy()).contains("caseworker1");
  }

  @Test
  void directorsDoNotReviewAndAReviewIsOnceAndAReturnSaysWhy() {
    Case c = inAssessment();
    Assessment a = submitted(c, false);
    Assessment b = submitted(c, false);
    assertThatThrownBy(() -> a.review(c, Assessment.Decision.APPROVED, null, DIRECTOR, later(95)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> a.review(c, Assessment.Decision.RETURNED, " ", SUPERVISOR, later(95)))
        .isInstanceOf(InvalidInputException.class);
    a.review(c, Assessment.Decision.RETURNED, "漏了家中情况", SUPERVISOR, later(95));
    assertThat(a.status()).isEqualTo(Assessment.Status.RETURNED);
    assertThatThrownBy(() -> a.review(c, Assessment.Decision.APPROVED, null, SUPERVISOR, later(96)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(b.status())
        .as("a re-assessment is another assessment")
        .isEqualTo(Assessment.Status.SUBMITTED);
  }

  @Test
  void aClosedCaseIsReviewedNoMore() {
    Case c = inAssessment();
    Assessment a = submitted(c, false);
    c.requestClosure("无需干预", DIRECTOR, later(100), POLICY);
    c.decideClosure(true, "同意", CASEWORKER, later(110));
    assertThatThrownBy(
            () -> a.review(c, Assessment.Decision.APPROVED, null, SUPERVISOR, later(120)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("status"));
  }

  @Test
  void aCaseIsAssessedFromAssessmentOnWithItsKindsInstrument() {
    Case atIntake = reported(CaseCategory.NEGLECT, false);
    assertThatThrownBy(() -> submitted(atIntake, false))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("status"));
    Case dv = reported(CaseKind.DOMESTIC_VIOLENCE, CaseCategory.PHYSICAL, false);
    dv.moveTo(CaseStatus.ASSESSMENT, null, null, DIRECTOR, later(1), POLICY);
    assertThatThrownBy(() -> submitted(dv, false))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("instrument"));
  }
}
