package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * An orphan's support file through REST (API.md "Orphans and de-facto unattended children"):
 * applied at the street, verified by its supervisor, confirmed by the district — support from the
 * month after —, refusals with written reasons, grounds that do not qualify named, the account
 * never in full on the case, the file hidden from the hotline operator, each step on the clock.
 */
class SupportFilesIT extends DeployedShouhu {

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  private String orphanCase(String name) {
    return new Orphans(http).child(name, "F", "2012-05-20", "2026-02-01T09:00:00+08:00");
  }

  private static String application(String category, String father, String mother, String since) {
    return "{\"category\": \""
        + category
        + "\", \"grounds\": {\"father\": {\"situation\": \""
        + father
        + "\", \"since\": \"2019-01-01\"}, \"mother\": {\"situation\": \""
        + mother
        + "\", \"since\": \""
        + since
        + "\"}}, \"placement\": \"KINSHIP\", \"payee\": {\"kind\": \"GUARDIAN\", \"name\": \"保障监护人\","
        + " \"bankAccount\": \"6222020200112233445\"}, \"otherBenefitMonthly\": \"300.00\","
        + " \"appliedAt\": \"2026-02-02T10:00:00+08:00\"}";
  }

  private JsonObject ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response.body());
  }

  private JsonObject read(String user, String id) {
    return ok(intakes.get(user, id), 200);
  }

  private static JsonObject deadline(JsonObject c, String name) {
    return c.getJsonArray("deadlines").stream()
        .map(JsonValue::asJsonObject)
        .filter(d -> d.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no deadline " + name + " in " + c));
  }

  @Test
  void appliedVerifiedConfirmedPaidFromTheMonthAfterAndEnded() {
    String id = orphanCase("保障儿童甲");
    JsonObject file =
        ok(
            intakes.act(
                "director-a",
                id,
                "support-file",
                application("ORPHAN", "DEAD", "MISSING", "2020-06-01")),
            201);
    assertThat(file.getString("status")).isEqualTo("APPLIED");
    assertThat(file.getJsonObject("payee").getString("bankAccount")).isEqualTo("************3445");
    JsonObject c = read("director-a", id);
    assertThat(c.getJsonObject("supportFile").getString("status")).isEqualTo("APPLIED");
    assertThat(c.toString()).doesNotContain("6222020200112233445");
    assertThat(deadline(c, "SUPPORT_VERIFICATION").getBoolean("met")).isFalse();
    // a second file on the case: 409
    assertProblem(
        intakes.act(
            "director-a", id, "support-file", application("ORPHAN", "DEAD", "DEAD", "2020-06-01")),
        409);

    // only the street's supervisor verifies
    String verified = "{\"decision\": \"VERIFIED\", \"at\": \"2026-02-20T10:00:00+08:00\"}";
    assertProblem(intakes.act("director-a", id, "support-file/verification", verified), 403);
    ok(intakes.act("supervisor-a", id, "support-file/verification", verified), 200);
    c = read("supervisor-a", id);
    assertThat(deadline(c, "SUPPORT_VERIFICATION").getBoolean("met")).isTrue();
    assertThat(deadline(c, "SUPPORT_CONFIRMATION").getBoolean("met")).isFalse();

    // confirmed in March: paid from April to the month of the 18th birthday
    JsonObject confirmed =
        ok(
            intakes.act(
                "caseworker1",
                id,
                "support-file/confirmation",
                "{\"decision\": \"CONFIRMED\", \"at\": \"2026-03-15T10:00:00+08:00\"}"),
            200);
    assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
    assertThat(confirmed.getString("supportFrom")).isEqualTo("2026-04");
    assertThat(confirmed.getString("lastMonth")).isEqualTo("2030-05");
    c = read("caseworker1", id);
    assertThat(deadline(c, "SUPPORT_CONFIRMATION").getBoolean("met")).isTrue();
    assertThat(deadline(c, "SUPPORT_REVIEW").getBoolean("met")).isFalse();

    // support ends (adopted): no month after the end's is paid
    JsonObject ended =
        ok(
            intakes.act(
                "caseworker1",
                id,
                "support-file/end",
                "{\"reason\": \"依法收养\", \"at\": \"2026-09-10T10:00:00+08:00\"}"),
            200);
    assertThat(ended.getString("status")).isEqualTo("ENDED");
    assertThat(ended.getString("lastMonth")).isEqualTo("2026-09");
    HttpResponse<String> timeline =
        http.get(Http.API + "/cases/" + id + "/timeline", http.token("caseworker1"));
    assertThat(timeline.statusCode()).isEqualTo(200);
    assertThat(timeline.body()).contains("SUPPORT_STEP").doesNotContain("6222020200112233445");
  }

  @Test
  void groundsThatDoNotQualifyAreNamedAndARefusalNeedsItsReasons() throws Exception {
    String id = orphanCase("保障儿童乙");
    // the mother in prison for three months only: not yet six
    JsonObject problem =
        assertProblem(
            intakes.act(
                "director-a",
                id,
                "support-file",
                application("DE_FACTO_UNATTENDED", "DEAD", "IMPRISONED", "2025-11-02")),
            422);
    assertThat(problem.toString()).contains("grounds.mother.situation").contains("6 个月");
    // six months to the day before the application: it counts
    ok(
        intakes.act(
            "director-a",
            id,
            "support-file",
            application("DE_FACTO_UNATTENDED", "DEAD", "IMPRISONED", "2025-08-02")),
        201);
    JsonObject noReason =
        assertProblem(
            intakes.act(
                "supervisor-a", id, "support-file/verification", "{\"decision\": \"REFUSED\"}"),
            422);
    assertThat(noReason.toString()).contains("\"reason\"");
    JsonObject refused =
        ok(
            intakes.act(
                "supervisor-a",
                id,
                "support-file/verification",
                "{\"decision\": \"REFUSED\", \"reason\": \"母亲服刑期满已释放\"}"),
            200);
    assertThat(refused.getString("status")).isEqualTo("REFUSED");
    // the written reasons as a letter to hand over (read back from the PDF)
    HttpResponse<byte[]> letter =
        http.sendBytes(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(Http.API + "/cases/" + id + "/support-file/refusal.pdf"))
                .header("Authorization", "Bearer " + http.token("supervisor-a"))
                .GET());
    assertThat(letter.statusCode()).isEqualTo(200);
    try (var doc = org.apache.pdfbox.Loader.loadPDF(letter.body())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
          .contains("不予纳入基本生活保障告知书")
          .contains("保障儿童乙")
          .contains("母亲服刑期满已释放")
          .contains("街道（乡镇）审核")
          .doesNotContain("6222020200112233445");
    }
    // a refused file is not confirmed
    assertProblem(
        intakes.act(
            "caseworker1", id, "support-file/confirmation", "{\"decision\": \"CONFIRMED\"}"),
        409);
  }

  @Test
  void onlyOrphanSupportCasesAndOnlyTheirHandlers() {
    String id = orphanCase("保障儿童丙");
    ok(
        intakes.act(
            "director-a", id, "support-file", application("ORPHAN", "DEAD", "DEAD", "2020-06-01")),
        201);
    // another community's director: 404, as for the case
    assertProblem(
        intakes.act(
            "director-b", id, "support-file", application("ORPHAN", "DEAD", "DEAD", "2020-06-01")),
        404);
    for (String user : new String[] {"stats1", "auditor1", "legalaid1", "hotline1"}) {
      assertThat(
              intakes
                  .act(
                      user,
                      id,
                      "support-file/end",
                      "{\"reason\": \"x\", \"at\": \"2026-03-01T00:00:00Z\"}")
                  .statusCode())
          .as(user)
          .isIn(403, 404);
    }
    // the annual review: only of a confirmed file, only by the street's supervisor or a caseworker
    assertProblem(intakes.act("supervisor-a", id, "support-file/review", "{}"), 409);
    assertProblem(intakes.act("director-a", id, "support-file/review", "{}"), 403);
    // an applied file has no refusal letter
    assertProblem(
        http.get(Http.API + "/cases/" + id + "/support-file/refusal.pdf", http.token("director-a")),
        409);
    // a child-protection case has no support file
    String cp =
        intakes.create("director-a", Intakes.report("210203001001").build()).getString("id");
    JsonObject problem =
        assertProblem(
            intakes.act(
                "director-a",
                cp,
                "support-file",
                application("ORPHAN", "DEAD", "DEAD", "2020-06-01")),
            422);
    assertThat(problem.toString()).contains("\"kind\"");
  }
}
