package org.shouhu.protection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.protection.domain.ChildCases.DIRECTOR;
import static org.shouhu.protection.domain.ChildCases.POLICY;
import static org.shouhu.protection.domain.ChildCases.later;
import static org.shouhu.protection.domain.ChildCases.reported;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.casework.domain.DnaRule;
import org.shouhu.casework.domain.Visit;
import org.shouhu.shared.domain.InvalidInputException;

/** [law-derived] No DNA data on a trafficking case: only public security may hold it. */
class DnaRuleTest {

  @ParameterizedTest
  @ValueSource(strings = {"已采集 DNA 样本", "dna比对", "ＤＮＡ", "送检基因信息", "脱氧核糖核酸鉴定"})
  void anyMentionOfDnaOnATraffickingCaseIsRefusedOnItsField(String text) {
    Case c = reported(CaseCategory.TRAFFICKING, false);
    assertThatThrownBy(() -> DnaRule.check(c, "notes", text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors().get(0).field()).isEqualTo("notes");
              assertThat(e.errors().get(0).messageKey()).isEqualTo("case.dna");
            });
  }

  @Test
  void otherCasesAndOtherWordsPass() {
    assertThatCode(() -> DnaRule.check(reported(CaseCategory.NEGLECT, false), "n", "DNA"))
        .doesNotThrowAnyException();
    assertThatCode(() -> DnaRule.check(reported(CaseCategory.TRAFFICKING, false), "n", "Adnan 已回家"))
        .doesNotThrowAnyException();
  }

  @Test
  void visitsPlanActionsAndPlacementsOfATraffickingCaseAreChecked() {
    Case c = reported(CaseCategory.TRAFFICKING, false);
    c.moveTo(CaseStatus.ASSESSMENT, null, null, DIRECTOR, later(1), POLICY);
    assertThatThrownBy(
            () ->
                c.recordVisit(
                    new Visit.Report(later(2), Visit.Mode.HOME, null, true, "做了 DNA", null),
                    DIRECTOR,
                    later(3)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                PlanAction.add(
                    c,
                    PlanAction.Type.OTHER,
                    "director-a",
                    LocalDate.of(2026, 12, 10),
                    "联系公安做基因比对",
                    DIRECTOR,
                    later(3)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> c.moveTo(CaseStatus.INTERVENTION, "DNA 已比对", null, DIRECTOR, later(4), POLICY))
        .isInstanceOf(InvalidInputException.class);
    assertThat(c.status()).isEqualTo(CaseStatus.ASSESSMENT);
  }
}
