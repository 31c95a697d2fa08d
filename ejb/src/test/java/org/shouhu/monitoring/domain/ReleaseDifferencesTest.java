package org.shouhu.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseDifferencesTest {

  @Test
  void aCorrectionListsWhatChangedInPublishedTextsOnly() {
    var before =
        Map.of(
            "",
            Map.of(
                "CP_REPORTS",
                Map.of("", "16", "210203001/F/6-11", "6", "210203001/M/12-14", "<5")));
    var after =
        Map.of(
            "",
            Map.of(
                "CP_REPORTS",
                Map.of("", "17", "210203001/F/6-11", "7", "210203001/M/12-14", "<5")));
    assertThat(ReleaseDifferences.between(before, after))
        .containsExactlyInAnyOrder(
            new ReleaseDifferences.Difference("", "CP_REPORTS", "", "16", "17"),
            new ReleaseDifferences.Difference("", "CP_REPORTS", "210203001/F/6-11", "6", "7"));
  }

  @Test
  void aValueThatAppearsOrGoesIsADifferenceAndAnUnchangedReleaseHasNone() {
    var before = Map.of("", Map.of("DV_CASES", Map.of("", "5")));
    var after = Map.of("", Map.of("DV_CASES", Map.of("", "5", "210203001", "5")));
    assertThat(ReleaseDifferences.between(before, after))
        .containsExactly(new ReleaseDifferences.Difference("", "DV_CASES", "210203001", null, "5"));
    assertThat(ReleaseDifferences.between(after, after)).isEmpty();
  }
}
