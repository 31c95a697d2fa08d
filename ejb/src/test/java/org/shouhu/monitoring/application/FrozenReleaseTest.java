package org.shouhu.monitoring.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.directory.domain.JurisdictionRepository;
import org.shouhu.monitoring.domain.Indicator;
import org.shouhu.monitoring.domain.IndicatorCounts;
import org.shouhu.monitoring.domain.IndicatorRelease;
import org.shouhu.monitoring.domain.IndicatorReleaseRepository;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.JurisdictionCode;

/**
 * A published year stays as published: once frozen, the year's answer is the release's, however the
 * cases behind it are corrected later; the correction reaches it only as a new version, which lists
 * what changed. Without a container: the counts, the releases and the tree are kept in memory.
 */
class FrozenReleaseTest {

  /** The counts as the database would give them; a test corrects them between two answers. */
  final List<IndicatorCounts.Row> reports = new ArrayList<>();

  final List<IndicatorRelease> stored = new ArrayList<>();
  final Indicators indicators = new Indicators();

  @BeforeEach
  void wire() {
    indicators.catalogue =
        () ->
            Indicator.parse(
                List.of("CP_REPORTS\tcount\tcount\t-\t-\tstreet\t儿童保护报告\tReports\t儿童与安全 MG6"));
    indicators.counts =
        new IndicatorCounts() {
          @Override
          public boolean knows(String code) {
            return true;
          }

          @Override
          public List<Row> count(String code, Instant from, Instant to) {
            return List.copyOf(reports);
          }
        };
    indicators.releases =
        new IndicatorReleaseRepository() {
          @Override
          public Optional<IndicatorRelease> latest(int year) {
            return of(year).stream().findFirst();
          }

          @Override
          public List<IndicatorRelease> of(int year) {
            return stored.stream()
                .filter(r -> r.year() == year)
                .sorted(Comparator.comparingInt(IndicatorRelease::version).reversed())
                .toList();
          }

          @Override
          public void store(IndicatorRelease release) {
            stored.add(release);
          }
        };
    indicators.jurisdictions =
        new JurisdictionRepository() {
          @Override
          public List<Jurisdiction> findActive() {
            return List.of();
          }

          @Override
          public List<Jurisdiction> findAll() {
            return List.of();
          }

          @Override
          public Optional<Jurisdiction> find(JurisdictionCode code) {
            return Optional.empty();
          }

          @Override
          public void store(Jurisdiction jurisdiction) {}

          @Override
          public boolean isEmpty() {
            return true;
          }
        };
    indicators.user = new CurrentUser();
    indicators.accessLog =
        new AccessLog() {
          @Override
          public void record(String action, Collection<String> records, String jurisdiction) {}
        };
    indicators.threshold = 5;
  }

  private String total(Indicators.Answer answer) {
    return answer.indicators().get(0).total();
  }

  @Test
  void aCorrectedCaseDoesNotMoveThePublishedYearUntilANewVersion() {
    reports.add(new IndicatorCounts.Row(Map.of("street", "210203001"), 6, 0));
    reports.add(new IndicatorCounts.Row(Map.of("street", "210203002"), 7, 0));
    assertThat(total(indicators.of(2020, null, null))).isEqualTo("13");
    Indicators.Publication first = indicators.publish(2020);
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.differences()).isNotEmpty(); // everything is new against nothing

    // a case is corrected: it lay in the second street, not the first
    reports.set(0, new IndicatorCounts.Row(Map.of("street", "210203001"), 5, 0));
    reports.set(1, new IndicatorCounts.Row(Map.of("street", "210203002"), 8, 0));
    Indicators.Answer published = indicators.of(2020, null, null);
    assertThat(published.version()).isEqualTo(1);
    assertThat(published.publishedAt()).isEqualTo(first.publishedAt());
    assertThat(published.indicators().get(0).cells())
        .extracting(c -> c.get("value"))
        .containsExactly("6", "7");
    // a quarter is never frozen: it counts what is there now
    assertThat(indicators.of(2020, 1, null).indicators().get(0).cells())
        .extracting(c -> c.get("value"))
        .containsExactly("5", "8");

    Indicators.Publication second = indicators.publish(2020);
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.differences())
        .extracting(d -> d.cell() + ":" + d.from() + "→" + d.to())
        .contains("210203001:6→5", "210203002:7→8")
        .doesNotContain(":13→13");
    assertThat(indicators.of(2020, null, null).indicators().get(0).cells())
        .extracting(c -> c.get("value"))
        .containsExactly("5", "8");
  }
}
