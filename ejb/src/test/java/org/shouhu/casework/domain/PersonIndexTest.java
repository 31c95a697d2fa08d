package org.shouhu.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.shouhu.shared.infrastructure.KeyedHash;

class PersonIndexTest {

  private final KeyedHash hmac = new KeyedHash(new byte[32]);
  private final PersonIndex.Hasher hasher = hmac::of;

  @Test
  void fullWidthDigitsLowercaseXAndSpacesGiveTheSameIdHash() {
    String plain = PersonIndex.of("王丽", null, "21020320150302008X", hasher).idHash();
    assertThat(PersonIndex.of("王丽", null, "21020320150302008x", hasher).idHash()).isEqualTo(plain);
    assertThat(PersonIndex.of("王丽", null, "２１０２０３２０１５０３０２００８Ｘ", hasher).idHash()).isEqualTo(plain);
    assertThat(PersonIndex.of("王丽", null, " 210203 20150302 008X ", hasher).idHash())
        .isEqualTo(plain);
    assertThat(PersonIndex.of("王丽", null, "210203201503020039", hasher).idHash())
        .isNotEqualTo(plain);
  }

  @Test
  void namesAreTrimmedAndNormalisedButStayExact() {
    LocalDate born = LocalDate.of(2015, 3, 2);
    String hash = PersonIndex.of("王 丽", born, null, hasher).nameBirthHash();
    assertThat(PersonIndex.of(" 王  丽 ", born, null, hasher).nameBirthHash()).isEqualTo(hash);
    assertThat(PersonIndex.of("王 丽", born.plusDays(1), null, hasher).nameBirthHash())
        .isNotEqualTo(hash);
    assertThat(PersonIndex.of("王 莉", born, null, hasher).nameBirthHash()).isNotEqualTo(hash);
    assertThat(PersonIndex.of("王 丽", null, null, hasher).nameBirthHash()).isNull();
  }

  @Test
  void theHashDependsOnTheKey() {
    KeyedHash other =
        KeyedHash.parse(
            Base64.getEncoder()
                .encodeToString(
                    new byte[] {
                      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                      17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32
                    }));
    assertThat(PersonIndex.of("王丽", null, "21020320150302008X", other::of).idHash())
        .isNotEqualTo(PersonIndex.of("王丽", null, "21020320150302008X", hasher).idHash());
  }
}
