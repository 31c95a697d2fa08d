package org.shouhu.protection.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The shipped DV_RISK ({@code config/assessment/}): weighted items, the level by the total — LOW
 * under 4, MEDIUM from 4, HIGH from 9, SEVERE from 15 — at every boundary.
 */
class ShippedDvRiskTest {

  static Instrument shipped() throws IOException {
    Path file = Path.of("../config/assessment/DV_RISK.tsv");
    return ConfiguredInstruments.parse("DV_RISK", file.toString(), Files.readAllLines(file));
  }

  /** Answers yes to exactly {@code yes}, no to everything else. */
  static Map<String, Object> answers(Instrument instrument, List<String> yes) {
    Map<String, Object> answers = new HashMap<>();
    instrument.items().forEach(i -> answers.put(i.code(), yes.contains(i.code())));
    return answers;
  }

  @Test
  void itIsTheDomainsScoredInstrument() throws IOException {
    Instrument dv = shipped();
    assertThat(dv.kind()).isEqualTo(CaseKind.DOMESTIC_VIOLENCE);
    assertThat(dv.items()).hasSize(12);
    assertThat(dv.items().stream().mapToInt(Instrument.Item::weight).sum()).isEqualTo(34);
  }

  @ParameterizedTest(name = "{0} → {1} ({2})")
  @CsvSource({
    "'', 0, LOW",
    "DV_CHILDREN DV_PREGNANCY, 3, LOW",
    "DV_CHILDREN DV_ESCALATION, 4, MEDIUM",
    "DV_STRANGULATION DV_ESCALATION, 8, MEDIUM",
    "DV_STRANGULATION DV_THREAT_TO_KILL, 9, HIGH",
    "DV_STRANGULATION DV_THREAT_TO_KILL DV_WEAPON DV_CHILDREN, 14, HIGH",
    "DV_STRANGULATION DV_THREAT_TO_KILL DV_WEAPON DV_PREGNANCY, 15, SEVERE"
  })
  void theLevelAtEachBoundaryOfTheScore(String yes, int score, RiskLevel level) throws IOException {
    Instrument dv = shipped();
    Instrument.Result result =
        dv.assess(answers(dv, yes.isBlank() ? List.of() : List.of(yes.split(" "))));
    assertThat(result.scores()).containsEntry("DANGER", score);
    assertThat(result.level()).isEqualTo(level);
  }
}
