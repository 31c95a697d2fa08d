package org.shouhu.welfare.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped caps (Dalian 2019), the age rule at its boundary, the cap of a claimed month. */
class RehabCapsTest {

  private static RehabCaps shipped() throws IOException {
    return RehabCaps.parse(Files.readAllLines(Path.of("../config/welfare/rehab-caps.tsv")));
  }

  private static BigDecimal yuan(String s) {
    return new BigDecimal(s);
  }

  @Test
  void sixteenYearsAnd364DaysIsAcceptedTheSeventeenthBirthdayIsNot() {
    LocalDate born = LocalDate.parse("2010-03-15");
    assertThat(RehabCaps.eligible(born, LocalDate.parse("2027-03-14"))).isTrue();
    assertThat(RehabCaps.eligible(born, LocalDate.parse("2027-03-15"))).isFalse();
    assertThat(RehabCaps.eligible(born, LocalDate.parse("2010-03-15"))).isTrue(); // a newborn
    assertThat(RehabCaps.eligible(born, LocalDate.parse("2010-03-14"))).isFalse(); // not born
    // born on 29 February: 17 on 1 March of a common year
    LocalDate leap = LocalDate.parse("2008-02-29");
    assertThat(RehabCaps.eligible(leap, LocalDate.parse("2025-02-28"))).isTrue();
    assertThat(RehabCaps.eligible(leap, LocalDate.parse("2025-03-01"))).isFalse();
  }

  @Test
  void theShippedCapsAreDalians() throws IOException {
    RehabCaps caps = shipped();
    assertThat(caps.cap(RehabItem.SURGERY, 5)).contains(yuan("12000.00"));
    assertThat(caps.per(RehabItem.SURGERY)).isEqualTo(RehabCaps.Per.ONCE);
    assertThat(caps.cap(RehabItem.TRAINING, 6)).contains(yuan("2000.00"));
    assertThat(caps.cap(RehabItem.TRAINING, 7)).contains(yuan("1200.00"));
    assertThat(caps.per(RehabItem.TRAINING)).isEqualTo(RehabCaps.Per.MONTH);
    assertThat(caps.cap(RehabItem.CLEFT_SPEECH_TRAINING, 3)).contains(yuan("14000.00"));
    assertThat(caps.cap(RehabItem.COCHLEAR_IMPLANT, 1)).contains(yuan("100000.00"));
    assertThat(caps.cap(RehabItem.HEARING_AID, 10)).contains(yuan("6000.00"));
    assertThat(caps.cap(RehabItem.ASSISTIVE_DEVICE, 16)).contains(yuan("1200.00"));
    assertThat(caps.cap(RehabItem.SURGERY, 17)).isEmpty();
  }

  @Test
  void aChildTurningSevenDuringTrainingIsCappedByTheClaimedMonthsFirstDay() throws IOException {
    RehabCaps caps = shipped();
    LocalDate born = LocalDate.parse("2019-06-01"); // 7 on 1 June 2026
    BigDecimal grantCap =
        caps.capOnApproval(RehabItem.TRAINING, born, LocalDate.parse("2026-01-10"));
    assertThat(grantCap).isEqualByComparingTo("2000.00");
    BigDecimal none = BigDecimal.ZERO;
    // May: 6 on 1 May
    assertThat(caps.room(RehabItem.TRAINING, grantCap, born, YearMonth.of(2026, 5), none, none))
        .isEqualByComparingTo("2000.00");
    // June: 7 on 1 June, her birthday
    assertThat(caps.room(RehabItem.TRAINING, grantCap, born, YearMonth.of(2026, 6), none, none))
        .isEqualByComparingTo("1200.00");
    // a month's claims so far count against that month only
    assertThat(
            caps.room(
                RehabItem.TRAINING,
                grantCap,
                born,
                YearMonth.of(2026, 5),
                yuan("1500.00"),
                yuan("9000.00")))
        .isEqualByComparingTo("500.00");
    LocalDate bornOnTheSecond = LocalDate.parse("2019-06-02"); // still 6 on 1 June 2026
    assertThat(
            caps.room(
                RehabItem.TRAINING, grantCap, bornOnTheSecond, YearMonth.of(2026, 6), none, none))
        .isEqualByComparingTo("2000.00");
  }

  @Test
  void aOnceItemIsCappedInAllAndNothingIsLeftBelowZero() throws IOException {
    RehabCaps caps = shipped();
    LocalDate born = LocalDate.parse("2015-01-01");
    BigDecimal cap = caps.capOnApproval(RehabItem.SURGERY, born, LocalDate.parse("2026-02-01"));
    assertThat(
            caps.room(
                RehabItem.SURGERY, cap, born, YearMonth.of(2026, 4), yuan("0"), yuan("11000.00")))
        .isEqualByComparingTo("1000.00");
    assertThat(
            caps.room(
                RehabItem.SURGERY, cap, born, YearMonth.of(2026, 4), yuan("0"), yuan("12500.00")))
        .hasToString("0.00");
  }

  @Test
  void aClaimPaysAtMostWhatTheFamilyPaidAndWhatTheCapLeaves() {
    assertThat(RehabCaps.refusal(yuan("2000.00"), yuan("2300.00"), yuan("2000.00"))).isEmpty();
    assertThat(RehabCaps.refusal(yuan("2300.00"), yuan("2300.00"), yuan("2000.00")))
        .contains("rehab.overCap");
    assertThat(RehabCaps.refusal(yuan("1800.01"), yuan("1800.00"), yuan("2000.00")))
        .contains("rehab.overOutOfPocket");
    assertThat(RehabCaps.refusal(yuan("0.01"), yuan("5.00"), yuan("0.00")))
        .contains("rehab.overCap");
  }

  @Test
  void aBadFileIsRefusedNamingItsLine() {
    assertThatThrownBy(() -> RehabCaps.parse(List.of("SURGERY\tONCE\t0-16\t12000.001")))
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> RehabCaps.parse(List.of("SURGERY\tONCE\t0-16\t12000.00")))
        .hasMessageContaining("no cap for TRAINING");
    assertThatThrownBy(() -> RehabCaps.parse(List.of("NAPPING\tONCE\t0-16\t1.00")))
        .hasMessageContaining("line 1");
  }
}
