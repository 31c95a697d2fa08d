package org.shouhu.monitoring.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouhu.monitoring.domain.Indicator;

/** The catalogue that ships reads, and every indicator in it has its query. */
class ShippedCatalogueTest {

  @Test
  void everyShippedIndicatorReadsAndHasItsQuery() throws Exception {
    List<Indicator> catalogue =
        Indicator.parse(Files.readAllLines(Path.of("../config/monitoring/indicators.tsv")));
    assertThat(catalogue).hasSizeGreaterThanOrEqualTo(20);
    SqlIndicatorCounts counts = new SqlIndicatorCounts();
    for (Indicator i : catalogue) {
      assertThat(counts.knows(i.code())).as(i.code()).isTrue();
      assertThat(Indicator.KEYS).containsAll(i.cells());
      if (i.target() != null) {
        assertThat(i.judged()).as(i.code() + " has a target: a rate or a growth").isTrue();
      }
    }
    Indicator onTime =
        catalogue.stream()
            .filter(i -> i.code().equals("PO_RULED_ON_TIME"))
            .findFirst()
            .orElseThrow();
    assertThat(onTime.targetYear()).as("the law's: every year").isNull();
    Indicator supervisors =
        catalogue.stream()
            .filter(i -> i.code().equals("STAFF_SUPERVISOR_COVERAGE"))
            .findFirst()
            .orElseThrow();
    assertThat(supervisors.targetYear()).isEqualTo(2030);
  }
}
