package org.shouhu.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AveragesTest {

  @Test
  void theMeanAmountIsToTheFenRoundedHalfUp() {
    // five children paid 1,000.00 and one 600.00 for six months: 33,600.00 over 36 months
    assertThat(Averages.mean(3_360_000, 36)).hasToString("933.33");
    assertThat(Averages.mean(200, 3)).hasToString("0.67");
    assertThat(Averages.mean(143_990, 1)).hasToString("1439.90");
  }

  @Test
  void aRiseOverOneYearIsTheRatioLessOne() {
    assertThat(Averages.rise(160_000, 150_000, 1)).hasToString("6.7");
    assertThat(Averages.rise(150_000, 150_000, 1)).hasToString("0.0");
    assertThat(Averages.rise(140_000, 150_000, 1)).hasToString("-6.7");
  }

  @Test
  void aYearlyAverageIsTheCompoundRate() {
    // 1.06 a year for five years: 1,000.00 → 1,338.23 is 6.0 % a year, not 33.8 / 5 = 6.8 %
    assertThat(Averages.rise(133_823, 100_000, 5)).hasToString("6.0");
    // 1,000.00 in 2020 and 1,600.00 in 2030: 4.8 % a year
    assertThat(Averages.rise(160_000, 100_000, 10)).hasToString("4.8");
    // just below the plan's 6 %: 1.059^5
    assertThat(Averages.rise(133_196, 100_000, 5)).hasToString("5.9");
  }

  @Test
  void nothingToCompareHasNoRise() {
    assertThat(Averages.rise(160_000, 0, 1)).isNull();
    assertThat(Averages.rise(0, 150_000, 1)).isNull();
    assertThat(Averages.rise(160_000, 150_000, 0)).isNull();
  }
}
