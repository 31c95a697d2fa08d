package org.shouhu.welfare.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The months paid, the amount (补差), the standard in force, the plan's yearly rise. */
class SupportMonthsTest {

  @Test
  void fromTheMonthAfterConfirmationToTheMonthOfTheEighteenthBirthday() {
    SupportMonths m = SupportMonths.of(LocalDate.of(2026, 3, 31), LocalDate.of(2010, 7, 15), null);
    assertThat(m.first()).isEqualTo(YearMonth.of(2026, 4));
    assertThat(m.last()).isEqualTo(YearMonth.of(2028, 7));
    assertThat(m.pays(YearMonth.of(2026, 3))).isFalse();
    assertThat(m.pays(YearMonth.of(2026, 4))).isTrue();
    assertThat(m.pays(YearMonth.of(2028, 7))).isTrue();
    assertThat(m.pays(YearMonth.of(2028, 8))).isFalse();
  }

  @Test
  void anEndedFileIsNotPaidForTheMonthsAfter() {
    SupportMonths m =
        SupportMonths.of(
            LocalDate.of(2026, 1, 10), LocalDate.of(2012, 1, 1), LocalDate.of(2026, 6, 20));
    assertThat(m.pays(YearMonth.of(2026, 6))).isTrue();
    assertThat(m.pays(YearMonth.of(2026, 7))).isFalse();
  }

  @Test
  void theDifferenceNeverBelowZero() {
    assertThat(SupportMonths.amount(new BigDecimal("1439.90"), new BigDecimal("600.00")))
        .isEqualByComparingTo("839.90")
        .hasToString("839.90");
    assertThat(SupportMonths.amount(new BigDecimal("1439.90"), new BigDecimal("1500.00")))
        .hasToString("0.00");
    assertThat(SupportMonths.amount(new BigDecimal("1439.90"), null)).hasToString("1439.90");
  }

  @Test
  void theStandardInForceForTheMonth() {
    List<AllowanceStandard> table =
        List.of(
            new AllowanceStandard(
                AllowanceCategory.ORPHAN_SCATTERED,
                new BigDecimal("1439.90"),
                YearMonth.of(2025, 1)),
            new AllowanceStandard(
                AllowanceCategory.ORPHAN_SCATTERED,
                new BigDecimal("1540.00"),
                YearMonth.of(2026, 7)),
            new AllowanceStandard(
                AllowanceCategory.ORPHAN_INSTITUTION,
                new BigDecimal("1885.40"),
                YearMonth.of(2025, 1)));
    assertThat(
            AllowanceStandard.inForce(
                table, AllowanceCategory.ORPHAN_SCATTERED, YearMonth.of(2026, 6)))
        .hasValueSatisfying(s -> assertThat(s.monthly()).isEqualByComparingTo("1439.90"));
    assertThat(
            AllowanceStandard.inForce(
                table, AllowanceCategory.ORPHAN_SCATTERED, YearMonth.of(2026, 7)))
        .hasValueSatisfying(s -> assertThat(s.monthly()).isEqualByComparingTo("1540.00"));
    assertThat(
            AllowanceStandard.inForce(
                table, AllowanceCategory.DE_FACTO_UNATTENDED, YearMonth.of(2026, 7)))
        .isEmpty();
    assertThat(
            AllowanceStandard.inForce(
                table, AllowanceCategory.ORPHAN_SCATTERED, YearMonth.of(2024, 12)))
        .isEmpty();
    // 1540.00 over 1439.90: +7.0 %, above the plan's 6 %
    assertThat(AllowanceStandard.growth(table, AllowanceCategory.ORPHAN_SCATTERED, 2026))
        .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("7.0"));
  }

  @Test
  void theStandardFollowsCategoryAndPlacement() {
    assertThat(AllowanceCategory.of(Grounds.Category.ORPHAN, Placement.INSTITUTION))
        .isEqualTo(AllowanceCategory.ORPHAN_INSTITUTION);
    assertThat(AllowanceCategory.of(Grounds.Category.ORPHAN, Placement.KINSHIP))
        .isEqualTo(AllowanceCategory.ORPHAN_SCATTERED);
    assertThat(AllowanceCategory.of(Grounds.Category.DE_FACTO_UNATTENDED, Placement.INSTITUTION))
        .isEqualTo(AllowanceCategory.DE_FACTO_UNATTENDED);
  }
}
