package org.shouhu.protection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.protection.domain.ChildCases.CASEWORKER;
import static org.shouhu.protection.domain.ChildCases.POLICY;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.Deadline;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;

/** A shelter never holds more than its places; a stay is reviewed after 10 days. */
class ShelterTest {

  static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

  @Test
  void aShelterAdmitsWhileItHasRoomAndRefusesWhenFull() {
    Shelter s = new Shelter("临时庇护站", "某路 1 号", 3, NOW);
    assertThatCode(() -> s.admit(0)).doesNotThrowAnyException();
    assertThatCode(() -> s.admit(2)).doesNotThrowAnyException();
    assertThatThrownBy(() -> s.admit(3)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> s.admit(4)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> new Shelter("x", "y", 0, NOW))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aStayIsReviewedAfterTenDaysAndItsEndMeetsTheReview() {
    Case c = ChildCases.reported(CaseKind.DOMESTIC_VIOLENCE, CaseCategory.PHYSICAL, false);
    Shelter s = new Shelter("临时庇护站", "某路 1 号", 3, NOW);
    Instant from = Instant.parse("2026-11-28T12:00:00Z"); // 20:00 in Beijing
    ShelterStay stay = ShelterStay.begin(c, s, false, from, CASEWORKER, NOW, POLICY);
    Deadline review =
        c.deadlines().stream()
            .filter(d -> d.name().equals("SHELTER_STAY_REVIEW"))
            .findFirst()
            .orElseThrow();
    assertThat(review.dueAt()).isEqualTo(Instant.parse("2026-12-08T16:00:00Z"));
    assertThatThrownBy(() -> stay.end(c, from.minusSeconds(60), CASEWORKER, NOW, POLICY))
        .isInstanceOf(InvalidInputException.class);
    stay.end(c, NOW, CASEWORKER, NOW, POLICY);
    assertThat(review.metAt()).contains(NOW);
    assertThat(stay.isUnderWay()).isFalse();
  }

  @Test
  void oneStayAtATimeAndOnlyForDomesticViolence() {
    Case dv = ChildCases.reported(CaseKind.DOMESTIC_VIOLENCE, CaseCategory.PHYSICAL, false);
    Shelter s = new Shelter("临时庇护站", "某路 1 号", 3, NOW);
    assertThatThrownBy(() -> ShelterStay.begin(dv, s, true, NOW, CASEWORKER, NOW, POLICY))
        .isInstanceOf(InvalidInputException.class);
    Case child = ChildCases.reported(CaseCategory.NEGLECT, false);
    assertThatThrownBy(() -> ShelterStay.begin(child, s, false, NOW, CASEWORKER, NOW, POLICY))
        .isInstanceOf(InvalidInputException.class);
  }
}
