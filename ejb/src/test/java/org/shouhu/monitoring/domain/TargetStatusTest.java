package org.shouhu.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TargetStatusTest {

  private static final BigDecimal ALL = new BigDecimal("100");

  private static TreeMap<Integer, BigDecimal> series(Object... yearsAndValues) {
    TreeMap<Integer, BigDecimal> s = new TreeMap<>();
    for (int i = 0; i < yearsAndValues.length; i += 2) {
      s.put((Integer) yearsAndValues[i], new BigDecimal(yearsAndValues[i + 1].toString()));
    }
    return s;
  }

  @Test
  void noTargetIsNoTarget() {
    assertThat(TargetStatus.of(null, 2030, true, series(2026, 50), 2026).status())
        .isEqualTo(TargetStatus.Status.NO_TARGET);
  }

  @Test
  void theTargetReachedIsOnTrack() {
    TargetStatus s = TargetStatus.of(ALL, 2030, true, series(2025, 80, 2026, 100), 2026);
    assertThat(s.status()).isEqualTo(TargetStatus.Status.ON_TRACK);
    assertThat(s.ruleKey()).isEqualTo("status.rule.met");
  }

  @Test
  void aTrendThatReachesTheTargetByItsYearIsOnTrack() {
    // 60, 70, 80 in 2024–2026: the line gives 120 in 2030
    TargetStatus s = TargetStatus.of(ALL, 2030, true, series(2024, 60, 2025, 70, 2026, 80), 2026);
    assertThat(s.status()).isEqualTo(TargetStatus.Status.ON_TRACK);
    assertThat(s.ruleArguments()).contains("120.0%", "2030");
  }

  @Test
  void falling10PercentShortIsAtRiskMoreIsOffTrack() {
    // the boundary: the line reaches exactly 90 in 2030 → at risk
    assertThat(TargetStatus.of(ALL, 2030, true, series(2025, 85, 2026, 86), 2026).status())
        .isEqualTo(TargetStatus.Status.AT_RISK);
    assertThat(TargetStatus.project(series(2025, 85, 2026, 86), 2030)).isEqualByComparingTo("90.0");
    // 89.9 is off track
    assertThat(TargetStatus.of(ALL, 2030, true, series(2025, "84.9", 2026, "85.9"), 2026).status())
        .isEqualTo(TargetStatus.Status.OFF_TRACK);
  }

  @Test
  void aYearlyTargetMissedIsOffTrackWhateverTheTrend() {
    TargetStatus s = TargetStatus.of(ALL, null, true, series(2025, 90, 2026, "99.9"), 2026);
    assertThat(s.status()).isEqualTo(TargetStatus.Status.OFF_TRACK);
    assertThat(s.ruleKey()).isEqualTo("status.rule.yearly");
  }

  @Test
  void oneYearBelowTheTargetIsAtRiskBeforeTheTargetYearAndOffTrackAfter() {
    assertThat(TargetStatus.of(ALL, 2030, true, series(2026, 50), 2026).status())
        .isEqualTo(TargetStatus.Status.AT_RISK);
    assertThat(TargetStatus.of(ALL, 2025, true, series(2026, 50), 2026).status())
        .isEqualTo(TargetStatus.Status.OFF_TRACK);
  }

  @Test
  void lowerIsBetterIsMirrored() {
    BigDecimal at5 = new BigDecimal("5");
    assertThat(TargetStatus.of(at5, 2030, false, series(2026, 4), 2026).status())
        .isEqualTo(TargetStatus.Status.ON_TRACK);
    // 9, 8 in 2025–2026: the line gives 4 in 2030
    assertThat(TargetStatus.of(at5, 2030, false, series(2025, 9, 2026, 8), 2026).status())
        .isEqualTo(TargetStatus.Status.ON_TRACK);
  }
}
