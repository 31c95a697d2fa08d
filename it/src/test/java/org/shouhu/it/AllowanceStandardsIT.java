package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The allowance standards (API.md): a dated table the admin adds to and never edits — the same
 * category and month twice is 409, also when two arrive at once —, read by caseworkers and
 * statisticians with each standard's rise over a year before against the plan's 6 %.
 */
class AllowanceStandardsIT extends DeployedShouhu {

  private static final String URL = Http.API + "/allowance-standards";
  private final Http http = new Http();

  private HttpResponse<String> add(String user, String category, String monthly, String from) {
    return addWith(http.token(user), category, monthly, from);
  }

  private HttpResponse<String> addWith(String token, String category, String monthly, String from) {
    return http.post(
        URL,
        token,
        "application/json",
        "{\"category\": \""
            + category
            + "\", \"monthly\": \""
            + monthly
            + "\", \"from\": \""
            + from
            + "\"}");
  }

  private List<JsonObject> rows(String user) {
    HttpResponse<String> r = http.get(URL, http.token(user));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.jsonArray(r.body()).stream().map(JsonValue::asJsonObject).toList();
  }

  @Test
  void aDatedTableAddedToNeverEditedWithItsYearlyRise() throws Exception {
    HttpResponse<String> first = add("admin1", "ORPHAN_INSTITUTION", "1885.40", "2024-01");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertProblem(add("admin1", "ORPHAN_INSTITUTION", "1900.00", "2024-01"), 409);
    // two admins add the same month at once: one wins (signed in before, one after the other)
    String token = http.token("admin1");
    List<Integer> statuses =
        Concurrently.all(
            List.<Callable<Integer>>of(
                () -> addWith(token, "ORPHAN_INSTITUTION", "2010.00", "2025-01").statusCode(),
                () -> addWith(token, "ORPHAN_INSTITUTION", "2011.00", "2025-01").statusCode()));
    assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    // +2.1 % over the standard of a year before: below the plan's 6 %
    JsonObject low = Http.json(add("admin1", "ORPHAN_INSTITUTION", "2053.00", "2026-01").body());
    assertThat(low.getString("monthly")).isEqualTo("2053.00");
    assertThat(low.getString("yearlyRise")).isEqualTo("2.1");
    assertThat(low.getBoolean("meetsPlan")).isFalse();

    List<JsonObject> read = rows("caseworker1");
    assertThat(read)
        .filteredOn(r -> r.getString("category").equals("ORPHAN_INSTITUTION"))
        .extracting(r -> r.getString("from"))
        .containsSubsequence("2024-01", "2025-01", "2026-01");
    assertThat(rows("stats1")).hasSameSizeAs(read);
    assertProblem(http.get(URL, http.token("director-a")), 403);
    assertProblem(add("caseworker1", "ORPHAN_SCATTERED", "1439.90", "2024-01"), 403);
  }

  @Test
  void badValuesAreNamedOnTheirFields() {
    JsonObject problem = assertProblem(add("admin1", "ORPHANS", "1439.9", "2026-13"), 422);
    assertThat(
            problem.getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field"))
                .toList())
        .containsExactlyInAnyOrder("category", "monthly", "from");
    assertThat(problem.toString()).contains("1439.90").contains("YYYY-MM");
    assertProblem(add("admin1", "ORPHAN_SCATTERED", "0.00", "2026-04"), 422);
  }
}
