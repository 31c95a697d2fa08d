package org.shouhu.protection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.protection.domain.ChildCases.DIRECTOR;
import static org.shouhu.protection.domain.ChildCases.inAssessment;
import static org.shouhu.protection.domain.ChildCases.later;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.shared.domain.InvalidInputException;

/** A placement's dates: an end before the start is refused; an open one lasts. */
class PlacementTest {

  private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

  @Test
  void anEndBeforeTheStartIsRefusedOnTo() {
    Case c = inAssessment();
    assertThatThrownBy(
            () ->
                Placement.record(
                    c,
                    Placement.Kind.TEMPORARY_GUARDIANSHIP,
                    "区儿童福利院",
                    DEC_1,
                    DEC_1.minusDays(1),
                    "区民政局",
                    DIRECTOR,
                    later(90)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("to"));
  }

  @Test
  void oneDayAndOpenEndedPlacementsAreKeptAndOnTheTimeline() {
    Case c = inAssessment();
    Placement day =
        Placement.record(
            c, Placement.Kind.MEDICAL, "区中心医院", DEC_1, DEC_1, "医院", DIRECTOR, later(90));
    Placement open =
        Placement.record(
            c, Placement.Kind.KINSHIP, "外祖母家", DEC_1, null, "区民政局", DIRECTOR, later(91));
    assertThat(day.to()).contains(DEC_1);
    assertThat(open.to()).isEmpty();
    CaseEvent last = c.events().get(c.events().size() - 1);
    assertThat(last.type()).isEqualTo(CaseEvent.Type.PLACEMENT_RECORDED);
    assertThat(last.codes()).containsExactly("KINSHIP");
    assertThat(last.detail()).doesNotContain("外祖母家"); // the place stays out of the timeline
  }
}
