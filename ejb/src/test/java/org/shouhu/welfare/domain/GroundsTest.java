package org.shouhu.welfare.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shouhu.welfare.domain.Grounds.Category;
import org.shouhu.welfare.domain.Grounds.Parent;

/** Who qualifies, for each ground, and the six-month rule at its boundary. */
class GroundsTest {

  static final LocalDate APPLIED = LocalDate.of(2026, 8, 31);

  static Grounds of(ParentSituation father, ParentSituation mother) {
    return new Grounds(
        new Parent(father, LocalDate.of(2020, 1, 1)), new Parent(mother, LocalDate.of(2020, 1, 1)));
  }

  @ParameterizedTest
  @EnumSource(
      value = ParentSituation.class,
      names = {"DEAD", "DECLARED_DEAD", "MISSING"})
  void bothParentsGoneMakeAnOrphan(ParentSituation s) {
    assertThat(of(s, ParentSituation.DEAD).refusal(Category.ORPHAN, APPLIED)).isEmpty();
    assertThat(of(ParentSituation.MISSING, s).refusal(Category.ORPHAN, APPLIED)).isEmpty();
    // and are not "de-facto unattended": they are orphans
    assertThat(of(s, ParentSituation.DEAD).refusal(Category.DE_FACTO_UNATTENDED, APPLIED))
        .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo("support.rule.isOrphan"));
  }

  @ParameterizedTest
  @EnumSource(
      value = ParentSituation.class,
      names = {"DEAD", "DECLARED_DEAD", "MISSING"},
      mode = EnumSource.Mode.EXCLUDE)
  void anOrphanNeedsBothParentsGone(ParentSituation s) {
    assertThat(of(ParentSituation.DEAD, s).refusal(Category.ORPHAN, APPLIED))
        .hasValueSatisfying(
            r -> {
              assertThat(r.parent()).isEqualTo("mother");
              assertThat(r.rule()).isEqualTo("support.rule.orphan");
            });
  }

  @ParameterizedTest
  @EnumSource(
      value = ParentSituation.class,
      names = {"NONE"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyGroundButNoneCountsForADeFactoUnattendedChildWithTheOtherParentDead(ParentSituation s) {
    assertThat(of(ParentSituation.DEAD, s).refusal(Category.DE_FACTO_UNATTENDED, APPLIED))
        .satisfiesAnyOf(
            r -> assertThat(r).isEmpty(),
            // two gone parents make an orphan instead
            r -> assertThat(s.gone()).isTrue());
    assertThat(
            of(s, ParentSituation.SERIOUS_ILLNESS).refusal(Category.DE_FACTO_UNATTENDED, APPLIED))
        .isEmpty();
  }

  @Test
  void aParentAbleToCareIsARefusalNamingHim() {
    assertThat(
            of(ParentSituation.NONE, ParentSituation.IMPRISONED)
                .refusal(Category.DE_FACTO_UNATTENDED, APPLIED))
        .hasValueSatisfying(
            r -> {
              assertThat(r.parent()).isEqualTo("father");
              assertThat(r.rule()).isEqualTo("support.rule.parentAble");
            });
  }

  @ParameterizedTest
  @EnumSource(
      value = ParentSituation.class,
      names = {"IMPRISONED", "DRUG_REHABILITATION", "RESTRICTED_LIBERTY", "LOST_CONTACT"})
  void sixMonthsBeforeTheApplicationAtTheDay(ParentSituation s) {
    Parent dead = new Parent(ParentSituation.DEAD, LocalDate.of(2019, 5, 1));
    // 2026-02-28 is six months before 2026-08-31 (the month's last day): counts
    Grounds enough = new Grounds(dead, new Parent(s, LocalDate.of(2026, 2, 28)));
    assertThat(enough.refusal(Category.DE_FACTO_UNATTENDED, APPLIED)).isEmpty();
    // a day later does not
    Grounds short1 = new Grounds(dead, new Parent(s, LocalDate.of(2026, 3, 1)));
    assertThat(short1.refusal(Category.DE_FACTO_UNATTENDED, APPLIED))
        .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo("support.rule.sixMonths"));
    // nor an unknown start
    Grounds unknown = new Grounds(dead, new Parent(s, null));
    assertThat(unknown.refusal(Category.DE_FACTO_UNATTENDED, APPLIED)).isPresent();
  }

  @Test
  void illnessAndDisabilityCountAtOnce() {
    Grounds g =
        new Grounds(
            new Parent(ParentSituation.SEVERE_DISABILITY, APPLIED),
            new Parent(ParentSituation.SERIOUS_ILLNESS, APPLIED.minusDays(1)));
    assertThat(g.refusal(Category.DE_FACTO_UNATTENDED, APPLIED)).isEmpty();
  }
}
