package org.shouhu.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

  private final InstantConverter converter = new InstantConverter();

  @Test
  void writesUtcWithMicroseconds() {
    assertThat(converter.convertToDatabaseColumn(Instant.parse("2026-11-28T10:15:00.123456+08:00")))
        .isEqualTo("2026-11-28 02:15:00.123456");
  }

  @Test
  void readsWhatEitherDatabaseGivesBack() {
    Instant expected = Instant.parse("2026-11-28T02:15:00.123456Z");
    assertThat(converter.convertToEntityAttribute("2026-11-28 02:15:00.123456"))
        .isEqualTo(expected);
    assertThat(converter.convertToEntityAttribute("2026-11-28T02:15:00.123456"))
        .isEqualTo(expected);
    assertThat(converter.convertToEntityAttribute("2026-11-28 02:15:00"))
        .isEqualTo(Instant.parse("2026-11-28T02:15:00Z"));
    assertThat(
            converter.convertToEntityAttribute(
                java.time.LocalDateTime.parse("2026-11-28T02:15:00.123456")))
        .isEqualTo(expected);
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
