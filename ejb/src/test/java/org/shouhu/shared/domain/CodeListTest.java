package org.shouhu.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeListTest {

  private static final List<String> CODES = List.of("HOME", "PHONE");

  @Test
  void keepsTheOrderAndLabelsOfItsFile() {
    CodeList list =
        CodeList.parse(
            "visit-mode", List.of("# comment", "PHONE\t电话\tPhone", "", "HOME\t入户\tHome"), CODES);
    assertThat(list.codes()).containsExactly("PHONE", "HOME");
    assertThat(list.label("HOME", false)).isEqualTo("入户");
    assertThat(list.label("HOME", true)).isEqualTo("Home");
  }

  @Test
  void refusesAFileThatDoesNotFitTheCodesNamingTheLine() {
    assertThatThrownBy(() -> CodeList.parse("m", List.of("HOME\t入户\tHome", "CAR\t车\tCar"), CODES))
        .isInstanceOf(MalformedConfigurationException.class)
        .hasMessageContaining("config/lists/m.tsv, line 2")
        .hasMessageContaining("CAR");
    assertThatThrownBy(() -> CodeList.parse("m", List.of("HOME\t入户\tHome"), CODES))
        .hasMessageContaining("no line for [PHONE]");
    assertThatThrownBy(
            () -> CodeList.parse("m", List.of("HOME\t入户\tHome", "HOME\t入户\tHome"), CODES))
        .hasMessageContaining("line 2")
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> CodeList.parse("m", List.of("HOME\t入户"), CODES))
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> CodeList.parse("m", List.of("HOME\t\tHome"), CODES))
        .hasMessageContaining("line 1");
  }
}
