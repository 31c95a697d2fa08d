package org.shouhu.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JurisdictionCodeTest {

  @Test
  void levelFollowsTheLength() {
    assertThat(new JurisdictionCode("210203").level()).isEqualTo(JurisdictionLevel.DISTRICT);
    assertThat(new JurisdictionCode("210203001").level()).isEqualTo(JurisdictionLevel.STREET);
    assertThat(new JurisdictionCode("210203001002").level()).isEqualTo(JurisdictionLevel.COMMUNITY);
  }

  @Test
  void parentIsTheCodeWithoutItsLastThreeDigits() {
    assertThat(new JurisdictionCode("210203001002").parent())
        .contains(new JurisdictionCode("210203001"));
    assertThat(new JurisdictionCode("210203001").parent()).contains(new JurisdictionCode("210203"));
    assertThat(new JurisdictionCode("210203").parent()).isEmpty();
  }

  @Test
  void withinMeansEqualOrBelow() {
    JurisdictionCode street = new JurisdictionCode("210203001");
    assertThat(new JurisdictionCode("210203001002").isWithin(street)).isTrue();
    assertThat(street.isWithin(street)).isTrue();
    assertThat(new JurisdictionCode("210203002001").isWithin(street)).isFalse();
    assertThat(street.isWithin(new JurisdictionCode("210203001002"))).isFalse();
  }

  @Test
  void refusesMalformedCodes() {
    for (String bad :
        new String[] {null, "", "21020", "2102030", "21020300100", "21020300a", " 210203"}) {
      assertThat(JurisdictionCode.parse(bad)).isEmpty();
      assertThatThrownBy(() -> new JurisdictionCode(bad))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
