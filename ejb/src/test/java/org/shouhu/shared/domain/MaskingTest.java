package org.shouhu.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void idNumbersKeepTheirFirstAndLastFour() {
    assertThat(Masking.idNumber("21020320150302123X")).isEqualTo("2102**********123X");
  }

  @Test
  void phonesKeepTheirFirstThreeAndLastFour() {
    assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    assertThat(Masking.phone("110")).isEqualTo("*10");
  }

  @Test
  void addressesKeepAtMostSixCharactersAndNeverMoreThanHalfThenFourStars() {
    assertThat(Masking.address("西岗区长江路100号3单元502")).isEqualTo("西岗区长江路****");
    assertThat(Masking.address("长江路1号")).isEqualTo("长江****");
    assertThat(Masking.address("𠀋𠀋𠀋𠀋")).isEqualTo("𠀋𠀋****");
    assertThat(Masking.address(null)).isNull();
  }
}
