package org.shouhu.protection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.protection.domain.ChildCases.DIRECTOR;
import static org.shouhu.protection.domain.ChildCases.NOW;
import static org.shouhu.protection.domain.ChildCases.later;
import static org.shouhu.protection.domain.ChildCases.reported;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.Deadline;
import org.shouhu.shared.domain.InvalidInputException;

/** [law] When the police must be told at once, and what recording the notice does. */
class PoliceNoticeTest {

  private static final EnumSet<CaseCategory> AT_ONCE =
      EnumSet.of(CaseCategory.SEXUAL_ABUSE, CaseCategory.TRAFFICKING, CaseCategory.ABANDONMENT);

  @ParameterizedTest
  @EnumSource(
      value = CaseCategory.class,
      names = {
        "PHYSICAL_ABUSE",
        "SEXUAL_ABUSE",
        "NEGLECT",
        "PSYCHOLOGICAL_ABUSE",
        "ABANDONMENT",
        "TRAFFICKING",
        "DV_EXPOSURE",
        "BULLYING",
        "OTHER"
      })
  void sexualAbuseTraffickingAndAbandonmentNeedThePoliceAtOnceAndAnyUrgentReportDoes(
      CaseCategory category) {
    assertThat(PoliceNotice.required(reported(category, false)))
        .as(category.name())
        .isEqualTo(AT_ONCE.contains(category));
    assertThat(PoliceNotice.required(reported(category, true))).as("urgent " + category).isTrue();
  }

  @Test
  void onlyChildProtectionCasesHaveThePoliceNotice() {
    assertThat(
            PoliceNotice.required(
                reported(CaseKind.DOMESTIC_VIOLENCE, CaseCategory.PHYSICAL, true)))
        .isFalse();
    Case dv = reported(CaseKind.DOMESTIC_VIOLENCE, CaseCategory.PHYSICAL, false);
    assertThatThrownBy(() -> PoliceNotification.record(dv, NOW, "西岗派出所", null, DIRECTOR, NOW))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theDeadlineIsDueWhenTheReportCameInAndTheNoticeMeetsIt() {
    Case c = reported(CaseCategory.SEXUAL_ABUSE, false);
    c.track(PoliceNotice.DEADLINE, null, NOW, NOW);
    Deadline notice = deadline(c);
    assertThat(notice.dueAt()).isEqualTo(NOW);
    assertThat(notice.isOverdue(later(1))).as("overdue at once").isTrue();

    PoliceNotification.record(c, later(30), "西岗派出所", "JJ-2026-001", DIRECTOR, later(40));
    assertThat(deadline(c).metAt()).contains(later(30));
    assertThat(c.events().get(c.events().size() - 1).detail()).contains("西岗派出所");
  }

  @Test
  void aNoticeCannotBeInTheFuture() {
    Case c = reported(CaseCategory.SEXUAL_ABUSE, false);
    assertThatThrownBy(() -> PoliceNotification.record(c, later(60), "西岗派出所", null, DIRECTOR, NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("notifiedAt"));
  }

  private static Deadline deadline(Case c) {
    return c.deadlines().stream()
        .filter(d -> d.name().equals(PoliceNotice.DEADLINE))
        .findFirst()
        .orElseThrow();
  }
}
