package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Rehabilitation grants (API.md "Rehabilitation grants"): a designated institution, a grant with
 * its cap from the configured caps, the age rule at the 17th birthday, claims never above what the
 * family paid nor over the cap — also ten at once —, the training cap by the claimed month's first
 * day, and who may not.
 */
class RehabGrantsIT extends DeployedShouhu {

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  private static JsonObject ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response.body());
  }

  private final RehabCases rehab = new RehabCases(http);

  /** The test's institution, designated for training and surgery (added once). */
  private String institution() {
    return rehab.institution("测试康复中心", "[\"TRAINING\", \"SURGERY\"]");
  }

  private String rehabCase(String name, String birthDate) {
    return rehab.child(name, "M", birthDate, "2026-01-02T09:00:00+08:00");
  }

  private HttpResponse<String> approve(
      String caseId, String item, String institution, String approvedAt) {
    return intakes.act(
        "caseworker1",
        caseId,
        "rehab-grants",
        "{\"disability\": \"AUTISM\", \"item\": \""
            + item
            + "\", \"institution\": \""
            + institution
            + "\", \"from\": \"2026-01\", \"to\": \"2026-12\", \"approvedAt\": \""
            + approvedAt
            + "\"}");
  }

  private static String claim(String month, String amount, String outOfPocket) {
    return "{\"month\": \""
        + month
        + "\", \"amount\": \""
        + amount
        + "\", \"outOfPocket\": \""
        + outOfPocket
        + "\", \"sessions\": 8}";
  }

  @Test
  void aGrantPaysAtMostWhatTheFamilyPaidAndNeverOverItsCapAlsoTenClaimsAtOnce() throws Exception {
    String institution = institution();
    String id = rehabCase("康复儿童甲", "2020-06-01");
    JsonObject grant = ok(approve(id, "TRAINING", institution, "2026-01-05T10:00:00+08:00"), 201);
    assertThat(grant.getString("cap")).isEqualTo("2000.00");
    assertThat(grant.getString("capPer")).isEqualTo("MONTH");
    String claims = "rehab-grants/" + grant.getString("id") + "/claims";

    assertThat(
            assertProblem(
                    intakes.act("caseworker1", id, claims, claim("2026-02", "1900.00", "1800.00")),
                    422)
                .toString())
        .contains("\"amount\"");
    assertThat(
            assertProblem(
                    intakes.act("caseworker1", id, claims, claim("2026-02", "2300.00", "2300.00")),
                    422)
                .toString())
        .contains("\"amount\"");
    assertThat(
            assertProblem(
                    intakes.act("caseworker1", id, claims, claim("2027-01", "100.00", "100.00")),
                    422)
                .toString())
        .contains("\"month\"");
    ok(intakes.act("caseworker1", id, claims, claim("2026-02", "2000.00", "2300.00")), 201);

    // ten claims of 300.00 for March at the same moment: six fit under the 2,000.00, four do not
    String token = http.token("caseworker1");
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      calls.add(
          () ->
              http.post(
                      Http.API + "/cases/" + id + "/" + claims,
                      token,
                      "application/json",
                      claim("2026-03", "300.00", "300.00"))
                  .statusCode());
    }
    List<Integer> statuses = Concurrently.all(calls);
    assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(6);
    assertThat(statuses.stream().filter(s -> s == 422).count()).isEqualTo(4);

    JsonObject shown =
        ok(intakes.get("caseworker1", id), 200).getJsonArray("rehabGrants").getJsonObject(0);
    BigDecimal march =
        shown.getJsonArray("claims").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("month").equals("2026-03"))
            .map(c -> new BigDecimal(c.getString("amount")))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(march).isEqualByComparingTo("1800.00");
    assertThat(shown.getString("claimed")).isEqualTo("3800.00");
    // the institution's settlement for March: the accepted claims, read back with POI
    HttpResponse<byte[]> settlement =
        http.sendBytes(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        Http.API
                            + "/rehab-institutions/"
                            + institution
                            + "/settlement?month=2026-03"))
                .header("Authorization", "Bearer " + token)
                .GET());
    assertThat(settlement.statusCode()).isEqualTo(200);
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(settlement.body()))) {
      var sheet = book.getSheetAt(0);
      var last = sheet.getRow(sheet.getLastRowNum());
      assertThat(last.getCell(0).getStringCellValue()).isEqualTo("合计");
      BigDecimal ours = BigDecimal.ZERO;
      BigDecimal all = BigDecimal.ZERO;
      for (int r = 4; r < sheet.getLastRowNum(); r++) {
        BigDecimal amount = BigDecimal.valueOf(sheet.getRow(r).getCell(4).getNumericCellValue());
        all = all.add(amount);
        if (sheet.getRow(r).getCell(0).getStringCellValue().equals(shown.getString("caseNumber"))) {
          ours = ours.add(amount);
        }
      }
      assertThat(ours).isEqualByComparingTo("1800.00"); // the six accepted claims, no more
      assertThat(BigDecimal.valueOf(last.getCell(4).getNumericCellValue()))
          .isEqualByComparingTo(all);
    }
    assertProblem(
        http.get(
            Http.API + "/rehab-institutions/" + institution + "/settlement?month=2026-3", token),
        422);
    assertProblem(
        http.get(
            Http.API + "/rehab-institutions/" + institution + "/settlement?month=2026-03",
            http.token("director-a")),
        403);
    // re-evaluated when the period ends: at 24:00 on 31 December 2026
    JsonObject reevaluation =
        ok(intakes.get("caseworker1", id), 200).getJsonArray("deadlines").stream()
            .map(JsonValue::asJsonObject)
            .filter(d -> d.getString("name").equals("REHAB_REEVALUATION"))
            .findFirst()
            .orElseThrow();
    assertThat(reevaluation.getString("dueAt")).startsWith("2027-01-01T00:00:00+08:00");

    // readers who may not: another community's director, the case's director, legal aid
    assertThat(
            intakes
                .act("director-b", id, claims, claim("2026-04", "100.00", "100.00"))
                .statusCode())
        .isIn(403, 404);
    assertProblem(intakes.act("director-a", id, claims, claim("2026-04", "100.00", "100.00")), 403);
    assertProblem(intakes.act("legalaid1", id, claims, claim("2026-04", "100.00", "100.00")), 403);
    assertProblem(approve(id, "TRAINING", "no-such-institution", "2026-01-05T10:00:00+08:00"), 422);
  }

  @Test
  void sixteenYearsAnd364DaysIsGrantedTheSeventeenthBirthdayIsNot() {
    String institution = institution();
    String id = rehabCase("康复儿童乙", "2009-03-15");
    assertThat(
            assertProblem(approve(id, "SURGERY", institution, "2026-03-15T09:00:00+08:00"), 422)
                .toString())
        .contains("\"approvedAt\"");
    JsonObject surgery = ok(approve(id, "SURGERY", institution, "2026-03-14T09:00:00+08:00"), 201);
    assertThat(surgery.getString("cap")).isEqualTo("12000.00");
    assertThat(surgery.getString("capPer")).isEqualTo("ONCE");
    // not designated for cochlear implants
    assertThat(
            assertProblem(
                    approve(id, "COCHLEAR_IMPLANT", institution, "2026-03-14T09:00:00+08:00"), 422)
                .toString())
        .contains("\"institution\"");
  }

  /** Indicators E for 2011 (a year no other test uses): five children with claims, of 40. */
  @Test
  void theChildrenWithClaimsAndTheirCoverageForThePlan() {
    String institution = institution();
    for (String n : List.of("甲", "乙", "丙", "丁", "戊")) {
      String id = rehab.child("覆盖儿童" + n, "F", "2005-09-09", "2011-01-05T09:00:00+08:00");
      JsonObject grant =
          ok(
              intakes.act(
                  "caseworker1",
                  id,
                  "rehab-grants",
                  "{\"disability\": \"INTELLECTUAL\", \"item\": \"TRAINING\", \"institution\": \""
                      + institution
                      + "\", \"from\": \"2011-01\", \"to\": \"2011-12\", \"approvedAt\":"
                      + " \"2011-01-10T10:00:00+08:00\"}"),
              201);
      ok(
          intakes.act(
              "caseworker1",
              id,
              "rehab-grants/" + grant.getString("id") + "/claims",
              claim("2011-03", "1000.00", "1000.00")),
          201);
    }
    HttpResponse<String> entered =
        http.put(
            Http.API + "/denominators/2011",
            http.token("stats1"),
            "{\"rows\": [{\"street\": \"210203001\", \"name\": \"DISABLED_CHILDREN_0_16\","
                + " \"value\": 40}]}");
    assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
    JsonObject answer = ok(http.get(Http.API + "/indicators?year=2011", http.token("stats1")), 200);
    java.util.function.Function<String, JsonObject> indicator =
        code ->
            answer.getJsonArray("indicators").stream()
                .map(JsonValue::asJsonObject)
                .filter(i -> i.getString("code").equals(code))
                .findFirst()
                .orElseThrow();
    assertThat(indicator.apply("REHAB_GRANTS").getString("total")).isEqualTo("5");
    assertThat(indicator.apply("REHAB_COVERAGE").getString("total")).isEqualTo("12.5%");
    assertThat(indicator.apply("REHAB_GRANTS").toString()).doesNotContain("覆盖儿童");
  }

  /**
   * institution1 (dev realm: institution {@code demo-rehab-1}) sees her institution's grants only,
   * with the child's name and age and nothing else of the case, and claims on them alone.
   */
  @Test
  void anInstitutionsOfficerSeesHerGrantsOnlyAndClaimsOnThem() {
    HttpResponse<String> demo =
        http.post(
            Http.API + "/rehab-institutions",
            http.token("admin1"),
            "application/json",
            "{\"id\": \"demo-rehab-1\", \"name\": \"演示康复中心（测试）\", \"items\":"
                + " [\"TRAINING\", \"HEARING_AID\"]}");
    assertThat(demo.statusCode()).as(demo.body()).isIn(201, 409);
    String ours = rehabCase("机构儿童甲", "2020-02-02");
    String theirs = rehabCase("机构儿童乙", "2020-03-03");
    String mine =
        ok(approve(ours, "TRAINING", "demo-rehab-1", "2026-02-01T10:00:00+08:00"), 201)
            .getString("id");
    String other =
        ok(approve(theirs, "TRAINING", institution(), "2026-02-01T10:00:00+08:00"), 201)
            .getString("id");

    String officer = http.token("institution1");
    HttpResponse<String> list = http.get(Http.API + "/rehab-grants?size=100", officer);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    assertThat(list.body())
        .contains(mine)
        .contains("机构儿童甲")
        .doesNotContain(other)
        .doesNotContain("机构儿童乙")
        .doesNotContain("长江路小学") // the reporter
        .doesNotContain("测试报告"); // the summary
    JsonObject item =
        Http.json(list.body()).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(g -> g.getString("id").equals(mine))
            .findFirst()
            .orElseThrow();
    assertThat(item.getInt("childAge")).isBetween(5, 7);
    assertThat(item.getString("disability")).isEqualTo("AUTISM");

    // she claims on her grant; not on another institution's, not through another case
    String path = Http.API + "/cases/" + ours + "/rehab-grants/" + mine + "/claims";
    assertThat(
            http.post(path, officer, "application/json", claim("2026-03", "800.00", "900.00"))
                .statusCode())
        .isEqualTo(201);
    assertProblem(
        http.post(
            Http.API + "/cases/" + theirs + "/rehab-grants/" + other + "/claims",
            officer,
            "application/json",
            claim("2026-03", "800.00", "900.00")),
        404);
    assertProblem(
        http.post(
            Http.API + "/cases/" + theirs + "/rehab-grants/" + mine + "/claims",
            officer,
            "application/json",
            claim("2026-03", "800.00", "900.00")),
        404);
    // nothing else: the case, a grant
    assertThat(http.get(Http.API + "/cases/" + ours, officer).statusCode()).isIn(403, 404);
    assertProblem(
        http.post(
            Http.API + "/cases/" + ours + "/rehab-grants",
            officer,
            "application/json",
            "{\"disability\": \"AUTISM\", \"item\": \"TRAINING\", \"institution\":"
                + " \"demo-rehab-1\", \"from\": \"2026-01\", \"to\": \"2026-02\","
                + " \"approvedAt\": \"2026-01-05T10:00:00+08:00\"}"),
        403);
    // her own institution's settlement, not another's
    assertThat(
            http.get(
                    Http.API + "/rehab-institutions/demo-rehab-1/settlement?month=2026-03", officer)
                .statusCode())
        .isEqualTo(200);
    assertProblem(
        http.get(
            Http.API + "/rehab-institutions/" + institution() + "/settlement?month=2026-03",
            officer),
        404);
    // and the caseworker is no officer
    assertProblem(http.get(Http.API + "/rehab-grants", http.token("caseworker1")), 403);
  }

  /** Priority groups are recorded; an orphan's grant links to her support file. */
  @Test
  void priorityGroupsAndAnOrphansSupportFile() {
    String institution = institution();
    Orphans orphans = new Orphans(http);
    String orphanCase = orphans.child("优先孤儿", "F", "2016-06-06", "2026-01-02T09:00:00+08:00");
    orphans.apply(
        orphanCase,
        Orphans.application(
            "ORPHAN",
            "DEAD",
            "DEAD",
            "KINSHIP",
            "GUARDIAN",
            "优先监护人",
            "6217000055556666",
            "0.00",
            "2026-01-03T10:00:00+08:00"));
    String id = rehabCase("优先康复儿童", "2016-06-06");
    String grant =
        "{\"disability\": \"PHYSICAL\", \"item\": \"SURGERY\", \"institution\": \""
            + institution
            + "\", \"from\": \"2026-02\", \"to\": \"2026-03\", \"approvedAt\":"
            + " \"2026-01-20T10:00:00+08:00\", ";
    JsonObject linked =
        ok(
            intakes.act(
                "caseworker1",
                id,
                "rehab-grants",
                grant
                    + "\"priority\": [\"DIBAO\", \"ORPHAN\"], \"supportFileCase\": \""
                    + orphanCase
                    + "\"}"),
            201);
    assertThat(linked.getJsonArray("priority").toString()).isEqualTo("[\"DIBAO\",\"ORPHAN\"]");
    assertThat(linked.getString("supportFileId")).isNotBlank();
    assertThat(
            assertProblem(
                    intakes.act(
                        "caseworker1", id, "rehab-grants", grant + "\"priority\": [\"RICH\"]}"),
                    422)
                .toString())
        .contains("\"priority\"");
    assertThat(
            assertProblem(
                    intakes.act(
                        "caseworker1",
                        id,
                        "rehab-grants",
                        grant
                            + "\"priority\": [\"DIBAO\"], \"supportFileCase\": \""
                            + orphanCase
                            + "\"}"),
                    422)
                .toString())
        .contains("\"supportFileCase\"");
    assertThat(
            assertProblem(
                    intakes.act(
                        "caseworker1",
                        id,
                        "rehab-grants",
                        grant + "\"priority\": [\"ORPHAN\"], \"supportFileCase\": \"" + id + "\"}"),
                    422)
                .toString())
        .contains("\"supportFileCase\"");
  }

  @Test
  void aChildTurningSevenIsCappedByTheClaimedMonthsFirstDay() {
    String institution = institution();
    String id = rehabCase("康复儿童丙", "2019-06-01");
    JsonObject grant = ok(approve(id, "TRAINING", institution, "2026-01-10T10:00:00+08:00"), 201);
    String claims = "rehab-grants/" + grant.getString("id") + "/claims";
    ok(intakes.act("caseworker1", id, claims, claim("2026-05", "1500.00", "1600.00")), 201);
    assertProblem(
        intakes.act("caseworker1", id, claims, claim("2026-06", "1500.00", "1600.00")), 422);
    ok(intakes.act("caseworker1", id, claims, claim("2026-06", "1200.00", "1600.00")), 201);
  }
}
