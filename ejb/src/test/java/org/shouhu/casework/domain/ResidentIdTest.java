package org.shouhu.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.ResidentId.Problem;

class ResidentIdTest {

  @Test
  void aValidNumberPassesAndTellsItsBirthDate() {
    assertThat(ResidentId.problem("210203201503020039")).isEmpty();
    assertThat(ResidentId.parse("210203201503020039").birthDate())
        .isEqualTo(LocalDate.of(2015, 3, 2));
  }

  @Test
  void aLowercaseXIsAcceptedAndStoredUppercase() {
    assertThat(ResidentId.problem("21020320150302008x")).isEmpty();
    assertThat(ResidentId.parse("21020320150302008x").value()).isEqualTo("21020320150302008X");
  }

  @Test
  void aWrongCheckDigitIsRefused() {
    assertThat(ResidentId.problem("210203201503020038")).contains(Problem.CHECK_DIGIT);
    assertThat(ResidentId.problem("210203201503020080")).contains(Problem.CHECK_DIGIT);
  }

  @Test
  void anImpossibleBirthDateIsRefused() {
    assertThat(ResidentId.problem("210203201502300039")).contains(Problem.BIRTH_DATE);
    assertThat(ResidentId.problem("210203201513020039")).contains(Problem.BIRTH_DATE);
  }

  @Test
  void theWrongLengthOrCharactersAreRefused() {
    assertThat(ResidentId.problem("21020320150302003")).contains(Problem.LENGTH);
    assertThat(ResidentId.problem("2102032015030200391")).contains(Problem.LENGTH);
    assertThat(ResidentId.problem(null)).contains(Problem.LENGTH);
    assertThat(ResidentId.problem("2102032015030200X9")).contains(Problem.CHARACTERS);
    assertThat(ResidentId.problem("21020320150302003Y")).contains(Problem.CHARACTERS);
  }
}
