package org.shouhu.hotline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallNumberTest {

  @Test
  void theYearAndSixDigits() {
    assertThat(CallNumber.of(2026, 1).value()).isEqualTo("RX-2026-000001");
    assertThat(CallNumber.of(2026, 123456).value()).isEqualTo("RX-2026-123456");
    assertThat(CallNumber.of(2027, 999_999).value()).matches("RX-\\d{4}-\\d{6}");
  }

  @Test
  void theSequenceHasSixDigitsAtMost() {
    assertThatThrownBy(() -> CallNumber.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CallNumber.of(2026, 1_000_000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theYearIsTheCallsInBeijing() {
    // 31 December 16:30 UTC is already 1 January 00:30 in Asia/Shanghai
    assertThat(CallNumber.yearOf(Instant.parse("2026-12-31T16:30:00Z"))).isEqualTo(2027);
    assertThat(CallNumber.yearOf(Instant.parse("2026-12-31T15:59:59Z"))).isEqualTo(2026);
  }
}
