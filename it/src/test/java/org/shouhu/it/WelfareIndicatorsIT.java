package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Indicators D of INDICATORS.md on the monitoring machinery: the mean monthly allowance paid, the
 * children outside institutions visited and reviewed, the allowance standards' yearly rise. The
 * children here turn 18 in December 2020, so that only 2020's runs (this test's) pay them; the
 * standards are de-facto unattended children's from 2020 and from 2029 on, months no other test
 * pays.
 */
class WelfareIndicatorsIT extends DeployedShouhu {

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);
  private final Orphans orphans = new Orphans(http);

  /** A de-facto unattended child with relatives, confirmed in November 2019: paid to 2020-12. */
  private String confirmed(int n, String otherBenefit) {
    String id =
        orphans.child(
            "走访儿童" + "甲乙丙丁戊己庚辛壬癸子丑".charAt(n),
            n % 2 == 0 ? "F" : "M",
            "2002-12-15",
            "2019-11-01T09:00:00+08:00");
    JsonObject file =
        orphans.confirmed(
            id,
            Orphans.application(
                "DE_FACTO_UNATTENDED",
                "DEAD",
                "SERIOUS_ILLNESS",
                "KINSHIP",
                "GUARDIAN",
                "走访监护人",
                "6228480011112222333",
                otherBenefit,
                "2019-11-02T10:00:00+08:00"),
            "2019-11-10T10:00:00+08:00",
            "2019-11-20T10:00:00+08:00");
    assertThat(file.getString("lastMonth")).isEqualTo("2020-12");
    return id;
  }

  private void visits(String id, int count) {
    for (int i = 0; i < count; i++) {
      Orphans.ok(
          intakes.act(
              "director-a",
              id,
              "visits",
              "{\"visitedAt\": \"2020-0"
                  + (2 * i + 2)
                  + "-10T10:00:00+08:00\", \"mode\": \"HOME\"}"),
          201);
    }
  }

  private JsonObject indicator(int year, String code) {
    return Orphans.ok(http.get(Http.API + "/indicators?year=" + year, http.token("stats1")), 200)
        .getJsonArray("indicators")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  /** The cells as "breakdown values → value", the breakdown in the cell's order. */
  private static Map<String, String> cells(JsonObject indicator) {
    return indicator.getJsonArray("cells").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.containsKey("value") && !c.isNull("value"))
        .collect(
            Collectors.toMap(
                c ->
                    c.keySet().stream()
                        .filter(k -> !k.equals("value"))
                        .sorted()
                        .map(c::getString)
                        .collect(Collectors.joining("/")),
                c -> c.getString("value")));
  }

  @Test
  void theMeanAllowanceAndTheVisitsAndReviewsOf2020() throws Exception {
    orphans.standard("DE_FACTO_UNATTENDED", "1000.00", "2020-01");
    List<String> ids = new ArrayList<>();
    for (int n = 0; n < 12; n++) {
      ids.add(confirmed(n, n < 10 ? "0.00" : "400.00"));
    }
    for (int n = 0; n < 12; n++) {
      visits(ids.get(n), n < 9 ? 4 : 3);
      if (n < 6 || n >= 9) { // the review due on 20 November 2020, done on the 10th
        Orphans.ok(
            intakes.act(
                "supervisor-a",
                ids.get(n),
                "support-file/review",
                "{\"at\": \"2020-11-10T10:00:00+08:00\"}"),
            200);
      }
    }
    // a review before the confirmation is refused on its field
    assertThat(
            Problems.assertProblem(
                    intakes.act(
                        "caseworker1",
                        ids.get(0),
                        "support-file/review",
                        "{\"at\": \"2019-11-15T10:00:00+08:00\"}"),
                    422)
                .toString())
        .contains("\"at\"");
    // nor before the review before it
    assertThat(
            Problems.assertProblem(
                    intakes.act(
                        "supervisor-a",
                        ids.get(0),
                        "support-file/review",
                        "{\"at\": \"2020-06-01T10:00:00+08:00\"}"),
                    422)
                .toString())
        .contains("\"at\"");
    for (String month : List.of("2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06")) {
      JsonObject run = orphans.paid(month);
      assertThat(run.getString("status")).as(run.toString()).isEqualTo("DONE");
      assertThat(run.getInt("count")).isEqualTo(12);
    }

    // (10 × 1,000.00 + 2 × 600.00) × 6 months over 72 child-months
    JsonObject mean = indicator(2020, "ALLOWANCE_PAID_MEAN");
    assertThat(mean.getString("unit")).isEqualTo("mean");
    assertThat(mean.getString("total")).isEqualTo("933.33");
    assertThat(cells(mean)).containsExactly(Map.entry("DE_FACTO_UNATTENDED", "933.33"));

    // twelve children outside institutions paid six months of 2020; six had four visits in the
    // year and their review on time; three had the visits but no review; three the review but
    // only three visits
    JsonObject visited = indicator(2020, "ORPHAN_VISITS");
    assertThat(visited.getString("total")).isEqualTo("50.0%");
    assertThat(cells(visited)).containsEntry("210203001", "50.0%");
    assertThat(indicator(2020, "ORPHAN_SUPPORTED").getString("total")).isEqualTo("12");
  }

  @Test
  void theStandardsYearlyRiseAgainstThePlans6Percent() {
    orphans.standard("DE_FACTO_UNATTENDED", "1000.00", "2020-01");
    orphans.standard("DE_FACTO_UNATTENDED", "1500.00", "2029-01");
    orphans.standard("DE_FACTO_UNATTENDED", "1600.00", "2030-01");
    JsonObject growth = indicator(2030, "ALLOWANCE_STANDARD_GROWTH");
    assertThat(growth.getString("unit")).isEqualTo("growth");
    assertThat(growth.getString("target")).isEqualTo("6%");
    // 1,600.00 over 1,500.00 the year before; (1,600.00 / 1,000.00)^(1/10) − 1 since 2020
    assertThat(cells(growth))
        .containsEntry("DE_FACTO_UNATTENDED/YEAR_ON_YEAR", "6.7%")
        .containsEntry("DE_FACTO_UNATTENDED/AVERAGE_SINCE_2020", "4.8%");
    // the slowest category decides: only this one has a 2020 baseline
    assertThat(growth.getString("total")).isEqualTo("4.8%");
    assertThat(growth.getString("status")).isNotEqualTo("NO_TARGET");
  }
}
