package org.shouhu.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineRulesTest {

  /** The rules file that ships in config/casework/. */
  static DeadlineRules shipped() {
    try {
      return DeadlineRules.parse(
          Files.readAllLines(Path.of("../config/casework/deadline-rules.tsv")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theShippedRulesAreThePolicyDefaultsOfTheDomain() {
    DeadlineRules rules = shipped();
    List<DeadlineRule> atReport = rules.startedBy(CaseKind.CHILD_PROTECTION, Milestone.RECEIVED);
    assertThat(atReport)
        .extracting(
            DeadlineRule::name, r -> r.due().toString(), r -> String.valueOf(r.whenUrgent()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("FIRST_CONTACT", "24h", "2h"),
            org.assertj.core.groups.Tuple.tuple("ASSESSMENT", "7d", "null"));
    assertThat(rules.startedBy(CaseKind.CHILD_PROTECTION, Milestone.FOLLOW_UP_STARTED))
        .extracting(r -> r.due().toString())
        .containsExactly("1M", "2M", "3M");
    assertThat(rules.startedBy(CaseKind.ORPHAN_SUPPORT, Milestone.RECEIVED)).isEmpty();
  }

  @Test
  void aBadLineIsAnErrorNamingItsNumber() {
    assertThatThrownBy(
            () ->
                DeadlineRules.parse(
                    List.of("# rules", "CHILD_PROTECTION FIRST_CONTACT RECEIVED 24 2h VISITED")))
        .hasMessageContaining("line 2")
        .hasMessageContaining("24h, 7d, 5wd or 1M");
    assertThatThrownBy(() -> DeadlineRules.parse(List.of("CHILD_PROTECTION X RECEIVED 24h")))
        .hasMessageContaining("line 1")
        .hasMessageContaining("6 columns");
    assertThatThrownBy(() -> DeadlineRules.parse(List.of("CHILD X RECEIVED 24h - VISITED")))
        .hasMessageContaining("line 1");
  }
}
