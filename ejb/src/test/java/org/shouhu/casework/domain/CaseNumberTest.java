package org.shouhu.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaseNumberTest {

  @Test
  void isXgYearAndSixDigits() {
    assertThat(CaseNumber.of(2026, 123).value()).isEqualTo("XG-2026-000123");
    assertThat(CaseNumber.of(2027, 999_999).value()).isEqualTo("XG-2027-999999");
    assertThatThrownBy(() -> CaseNumber.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseNumber.of(2026, 1_000_000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theYearIsTheYearOfReceiptInBeijing() {
    assertThat(CaseNumber.yearOf(Instant.parse("2026-12-31T15:59:59Z"))).isEqualTo(2026);
    assertThat(CaseNumber.yearOf(Instant.parse("2026-12-31T16:00:00Z"))).isEqualTo(2027);
    assertThat(CaseNumber.yearOf(Instant.parse("2027-01-01T00:00:00+08:00"))).isEqualTo(2027);
  }
}
