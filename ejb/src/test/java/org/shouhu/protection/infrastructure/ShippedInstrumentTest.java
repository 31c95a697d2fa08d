package org.shouhu.protection.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.protection.domain.Instrument;
import org.shouhu.protection.domain.RiskLevel;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.MalformedConfigurationException;

/**
 * The shipped CP_SAFETY_RISK ({@code config/assessment/}) is DOMAIN.md §2.1's default: any safety
 * threat → VERY_HIGH; else 3+ risk factors → HIGH; 1–2 → MODERATE; none → LOW — at every boundary.
 */
class ShippedInstrumentTest {

  static Instrument shipped() throws IOException {
    Path file = Path.of("../config/assessment/CP_SAFETY_RISK.tsv");
    return ConfiguredInstruments.parse("CP_SAFETY_RISK", file.toString(), Files.readAllLines(file));
  }

  /** Every item answered no, then {@code threats} safety threats and {@code factors} yes. */
  static Map<String, Object> answers(Instrument instrument, int threats, int factors) {
    Map<String, Object> answers = new HashMap<>();
    int t = 0;
    int f = 0;
    for (Instrument.Item item : instrument.items()) {
      boolean yes = item.group().equals("SAFETY_THREAT") ? t++ < threats : f++ < factors;
      answers.put(item.code(), yes);
    }
    return answers;
  }

  @Test
  void itIsTheDomainsInstrument() throws IOException {
    Instrument cp = shipped();
    assertThat(cp.kind()).isEqualTo(CaseKind.CHILD_PROTECTION);
    assertThat(cp.groups()).containsExactly("SAFETY_THREAT", "RISK_FACTOR");
    assertThat(cp.items()).hasSize(11);
    assertThat(cp.items()).allSatisfy(i -> assertThat(i.textZh()).isNotBlank());
  }

  @ParameterizedTest(name = "{0} threats, {1} risk factors → {2}")
  @CsvSource({
    "0, 0, LOW",
    "0, 1, MODERATE",
    "0, 2, MODERATE",
    "0, 3, HIGH",
    "0, 6, HIGH",
    "1, 0, VERY_HIGH",
    "1, 6, VERY_HIGH",
    "5, 0, VERY_HIGH"
  })
  void theLevelAtEachBoundary(int threats, int factors, RiskLevel level) throws IOException {
    Instrument cp = shipped();
    Instrument.Result result = cp.assess(answers(cp, threats, factors));
    assertThat(result.level()).isEqualTo(level);
    assertThat(result.scores())
        .containsEntry("SAFETY_THREAT", threats)
        .containsEntry("RISK_FACTOR", factors);
  }

  @Test
  void unknownItemsAnswersThatAreNotBooleansAndMissingItemsAreRefusedAtOnce() throws IOException {
    Instrument cp = shipped();
    Map<String, Object> answers = answers(cp, 0, 0);
    answers.put("NO_SUCH_ITEM", true);
    answers.put("RF_UNDER_THREE", "yes");
    answers.remove("ST_LEFT_ALONE");
    assertThatThrownBy(() -> cp.assess(answers))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(InvalidInputException.FieldError::field)
                    .containsExactlyInAnyOrder(
                        "answers.NO_SUCH_ITEM", "answers.RF_UNDER_THREE", "answers.ST_LEFT_ALONE"));
  }

  @Test
  void aFileThatDoesNotParseNamesItsLine() {
    assertThatThrownBy(
            () ->
                ConfiguredInstruments.parse(
                    "X",
                    "x.tsv",
                    List.of("kind\tCHILD_PROTECTION", "item\tA\tG\tone\t甲\tA", "level\tLOW\tG\t0")))
        .isInstanceOfSatisfying(
            MalformedConfigurationException.class, e -> assertThat(e.line()).isEqualTo(2));
    assertThatThrownBy(
            () ->
                ConfiguredInstruments.parse(
                    "X",
                    "x.tsv",
                    List.of("kind\tCHILD_PROTECTION", "item\tA\tG\t1\t甲\tA", "level\tHIGH\tG\t1")))
        .isInstanceOf(MalformedConfigurationException.class);
  }
}
