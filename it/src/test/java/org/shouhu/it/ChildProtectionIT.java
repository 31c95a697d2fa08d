package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Child protection over REST as API.md "Child protection" writes it, walked through the way a
 * community director and her street supervisor work a school's report: police notice, assessment
 * and review, temporary guardianship and the plan, three follow-up visits, closure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChildProtectionIT extends DeployedShouhu {

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);
  private final KeycloakUsers users = new KeycloakUsers(http);
  private String breakGlassReader;

  @BeforeAll
  void staffInStep() {
    breakGlassReader = users.create("child-director", "210203002002");
    HttpResponse<String> sync =
        http.post(Http.API + "/staff/sync", http.token("admin1"), "application/json", "{}");
    assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
  }

  @AfterAll
  void removeUsers() {
    users.removeAll();
  }

  private static String now() {
    return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(1).withNano(0).toString();
  }

  private static String today() {
    return LocalDate.now(ZoneOffset.ofHours(8)).toString();
  }

  private JsonObject read(String user, String id) {
    HttpResponse<String> response = intakes.get(user, id);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response.body());
  }

  private JsonObject ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response.body());
  }

  private JsonObject move(String user, String id, String to) {
    int version = read(user, id).getInt("version");
    return ok(
        intakes.act(
            user,
            id,
            "transitions",
            Json.createObjectBuilder().add("to", to).add("version", version).build().toString()),
        200);
  }

  /** Answers for CP_SAFETY_RISK: every item no, then the first {@code factors} risk factors yes. */
  private JsonObject answers(int threats, int factors) {
    JsonObject instrument =
        ok(
            http.get(Http.API + "/assessment-instruments/CP_SAFETY_RISK", http.token("director-a")),
            200);
    JsonObjectBuilder answers = Json.createObjectBuilder();
    int t = 0;
    int f = 0;
    for (JsonValue v : instrument.getJsonArray("items")) {
      JsonObject item = v.asJsonObject();
      boolean threat = item.getString("group").equals("SAFETY_THREAT");
      answers.add(item.getString("code"), threat ? t++ < threats : f++ < factors);
    }
    return answers.build();
  }

  private JsonObject assess(String user, String id, int threats, int factors) {
    return ok(
        intakes.act(
            user,
            id,
            "assessments",
            Json.createObjectBuilder()
                .add("instrument", "CP_SAFETY_RISK")
                .add("answers", answers(threats, factors))
                .add("notes", "入户评估")
                .build()
                .toString()),
        201);
  }

  private JsonObject deadline(JsonObject c, String name) {
    return c.getJsonArray("deadlines").stream()
        .map(JsonValue::asJsonObject)
        .filter(d -> d.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no deadline " + name + " in " + c));
  }

  @Test
  void aSchoolsReportFromIntakeToApprovedClosure() throws Exception {
    // 接报: a school reports suspected sexual abuse; the police must be told at once
    JsonObject created =
        intakes.create(
            "director-a",
            Intakes.report("210203001001")
                .add("category", "SEXUAL_ABUSE")
                .add("receivedAt", now())
                .build());
    String id = created.getString("id");
    assertThat(deadline(created, "POLICE_NOTICE").getBoolean("overdue")).isTrue();
    JsonObject police = read("director-a", id).getJsonObject("police");
    assertThat(police.getBoolean("required")).isTrue();
    assertThat(police.isNull("notifiedAt")).isTrue();

    ok(
        intakes.act(
            "director-a",
            id,
            "police-notifications",
            Json.createObjectBuilder()
                .add("notifiedAt", now())
                .add("station", "西岗公安分局八一路派出所")
                .add("reference", "JJ-2026-0815")
                .build()
                .toString()),
        201);
    JsonObject notified = read("director-a", id);
    assertThat(notified.getJsonObject("police").getString("station")).contains("八一路");
    assertThat(deadline(notified, "POLICE_NOTICE").getBoolean("met")).isTrue();

    // 评估: no intervention before an approved assessment
    move("director-a", id, "ASSESSMENT");
    JsonObject refused =
        assertProblem(
            intakes.act(
                "director-a",
                id,
                "transitions",
                "{\"to\": \"INTERVENTION\", \"version\": "
                    + read("director-a", id).getInt("version")
                    + "}"),
            422);
    assertThat(refused.toString()).contains("\"to\"").contains("批准");

    JsonObject assessment = assess("director-a", id, 0, 3);
    assertThat(assessment.getString("riskLevel")).isEqualTo("HIGH");
    assertThat(assessment.getString("status")).isEqualTo("SUBMITTED");
    assertThat(assessment.getString("rule")).contains("风险因素 3").contains("高");
    // HIGH: on the street supervisor's review list at once, and in her mail
    JsonArray waiting =
        Http.jsonArray(http.get(Http.API + "/reviews", http.token("supervisor-a")).body());
    assertThat(waiting.stream().map(v -> v.asJsonObject().getString("assessmentId")))
        .contains(assessment.getString("id"));
    assertThat(Outbox.recipients(id, "REVIEW")).contains("supervisor-a@shouhu.test");

    assertProblem( // directors do not review
        intakes.act(
            "director-a",
            id,
            "assessments/" + assessment.getString("id") + "/review",
            "{\"decision\": \"APPROVED\"}"),
        403);
    JsonObject approved =
        ok(
            intakes.act(
                "supervisor-a",
                id,
                "assessments/" + assessment.getString("id") + "/review",
                "{\"decision\": \"APPROVED\", \"reason\": \"同意评估结论\"}"),
            200);
    assertThat(approved.getString("status")).isEqualTo("APPROVED");

    // 处置: temporary guardianship and the plan
    move("director-a", id, "INTERVENTION");
    assertProblem(
        intakes.act(
            "director-a",
            id,
            "placements",
            "{\"kind\": \"TEMPORARY_GUARDIANSHIP\", \"place\": \"区儿童福利院\", \"from\": \"2026-12-05\","
                + " \"to\": \"2026-12-01\", \"decidedBy\": \"西岗区民政局\"}"),
        422);
    ok(
        intakes.act(
            "director-a",
            id,
            "placements",
            "{\"kind\": \"TEMPORARY_GUARDIANSHIP\", \"place\": \"西岗区儿童福利院三楼\", \"from\": \""
                + today()
                + "\", \"decidedBy\": \"西岗区民政局\"}"),
        201);
    JsonObject action =
        ok(
            intakes.act(
                "director-a",
                id,
                "plan-actions",
                "{\"type\": \"GUARDIAN_WARNING\", \"owner\": \"supervisor-a\", \"dueOn\": \""
                    + today()
                    + "\", \"notes\": \"约谈父亲\"}"),
            201);
    assertThat(action.getString("status")).isEqualTo("OPEN");
    ok(
        intakes.act(
            "director-a",
            id,
            "plan-actions",
            "{\"type\": \"COUNSELLING\", \"owner\": \"director-a\", \"dueOn\": \""
                + today()
                + "\"}"),
        201);
    assertThat(read("director-a", id).getJsonArray("deadlines").toString()).contains("PLAN_ACTION");
    JsonObject done =
        ok(
            intakes.act(
                "supervisor-a",
                id,
                "plan-actions/" + action.getString("id") + "/status",
                "{\"status\": \"DONE\", \"note\": \"已训诫\"}"),
            200);
    assertThat(done.getString("status")).isEqualTo("DONE");

    // 跟踪回访: three visits, then closure approved by the supervisor
    move("director-a", id, "FOLLOW_UP");
    for (int i = 0; i < 3; i++) {
      ok(
          intakes.act(
              "director-a",
              id,
              "visits",
              Json.createObjectBuilder()
                  .add("visitedAt", now())
                  .add("mode", "HOME")
                  .add("present", "外祖母")
                  .add("childSeenAlone", true)
                  .add("notes", "回访 " + (i + 1))
                  .build()
                  .toString()),
          201);
    }
    JsonObject followed = read("director-a", id);
    assertThat(followed.getJsonArray("visits")).hasSize(3);
    assertThat(followed.getJsonArray("visits").getJsonObject(0).getString("present"))
        .isEqualTo("外祖母");
    ok(
        intakes.act(
            "director-a",
            id,
            "closure-requests",
            "{\"reason\": \"三次回访情况稳定\", \"version\": " + followed.getInt("version") + "}"),
        201);
    JsonObject closed =
        ok(
            intakes.act(
                "supervisor-a",
                id,
                "closure-requests/decision",
                "{\"approve\": true, \"reason\": \"同意结案\"}"),
            200);
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getJsonArray("assessments")).hasSize(1);
    assertThat(closed.getJsonArray("placements").getJsonObject(0).getString("place"))
        .contains("福利院");
    assertThat(closed.getJsonArray("planActions")).hasSize(2);
  }

  @Test
  void theAuthorCannotApproveHerOwnAssessmentAndReassessmentsAreKept() {
    String id =
        intakes.create("supervisor-a", Intakes.report("210203001001").build()).getString("id");
    move("supervisor-a", id, "ASSESSMENT");
    JsonObject first = assess("supervisor-a", id, 0, 0);
    assertThat(first.getString("riskLevel")).isEqualTo("LOW");
    JsonObject own =
        assertProblem(
            intakes.act(
                "supervisor-a",
                id,
                "assessments/" + first.getString("id") + "/review",
                "{\"decision\": \"APPROVED\"}"),
            422);
    assertThat(own.toString()).contains("decision");
    JsonObject second = assess("director-a", id, 1, 0);
    assertThat(second.getString("riskLevel")).isEqualTo("VERY_HIGH");
    JsonArray listed = read("director-a", id).getJsonArray("assessments");
    assertThat(listed).hasSize(2);
    assertThat(listed.getJsonObject(0).getString("id")).isEqualTo(second.getString("id"));

    // non-boolean answers, unknown items and missing ones: 422 on each
    JsonObject bad =
        assertProblem(
            intakes.act(
                "director-a",
                id,
                "assessments",
                "{\"instrument\": \"CP_SAFETY_RISK\", \"answers\": {\"RF_UNDER_THREE\": \"yes\","
                    + " \"NOPE\": true}}"),
            422);
    assertThat(bad.toString()).contains("answers.RF_UNDER_THREE").contains("answers.NOPE");
    assertProblem(
        http.get(Http.API + "/assessment-instruments/NOPE", http.token("director-a")), 404);
  }

  @Test
  void legalAidAndABreakGlassReaderSeeNoPlacementAddress() {
    String id =
        intakes.create("director-a", Intakes.report("210203001001").build()).getString("id");
    ok(
        intakes.act(
            "director-a",
            id,
            "placements",
            "{\"kind\": \"KINSHIP\", \"place\": \"八一路 12 号 3 单元\", \"from\": \""
                + today()
                + "\", \"decidedBy\": \"街道\"}"),
        201);
    ok(
        intakes.act(
            "director-a", id, "legal-aid-referrals", "{\"reason\": \"监护侵害\", \"consent\": true}"),
        201);
    String seenByLegalAid = intakes.get("legalaid1", id).body();
    assertThat(seenByLegalAid).doesNotContain("八一路").doesNotContain("placements");

    HttpResponse<String> glass =
        intakes.act(breakGlassReader, id, "break-glass", "{\"reason\": \"儿童夜间求助\"}");
    assertThat(glass.statusCode()).as(glass.body()).isEqualTo(200);
    JsonObject view = Http.json(glass.body());
    assertThat(view.getJsonArray("placements").getJsonObject(0).getString("kind"))
        .isEqualTo("KINSHIP");
    assertThat(glass.body()).doesNotContain("八一路");
  }

  @Test
  void onATraffickingCaseNothingMayMentionDna() {
    JsonObject c =
        intakes.create(
            "director-a", Intakes.report("210203001001").add("category", "TRAFFICKING").build());
    String id = c.getString("id");
    assertThat(read("director-a", id).getJsonObject("police").getBoolean("required")).isTrue();
    JsonObject visit =
        assertProblem(
            intakes.act(
                "director-a",
                id,
                "visits",
                "{\"visitedAt\": \"" + now() + "\", \"mode\": \"HOME\", \"notes\": \"已采集 DNA\"}"),
            422);
    assertThat(visit.toString()).contains("\"notes\"").contains("公安");
    assertProblem(
        intakes.act(
            "director-a",
            id,
            "plan-actions",
            "{\"type\": \"OTHER\", \"owner\": \"director-a\", \"dueOn\": \""
                + today()
                + "\", \"notes\": \"协助基因比对\"}"),
        422);
    assertProblem(
        Files.upload(http, "director-a", id, "DNA报告.pdf", "application/pdf", Files.pdf(), "OTHER"),
        422);
    assertThat(read("director-a", id).containsKey("planActions")).isFalse();
  }

  @Test
  void aHotlineOperatorRecordsThePoliceAtIntakeButNothingAfter() {
    JsonObject c =
        intakes.create(
            "hotline1",
            Intakes.report("210203001001")
                .add("channel", "CHILD_PROTECTION_HOTLINE")
                .add("urgent", true)
                .add(
                    "police",
                    Json.createObjectBuilder().add("notifiedAt", now()).add("station", "八一路派出所"))
                .build());
    String id = c.getString("id");
    assertThat(deadline(c, "POLICE_NOTICE").getBoolean("met")).isTrue();
    assertThat(read("hotline1", id).getJsonObject("police").getString("station"))
        .isEqualTo("八一路派出所");
    assertProblem(
        intakes.act(
            "hotline1",
            id,
            "police-notifications",
            "{\"notifiedAt\": \"" + now() + "\", \"station\": \"x\"}"),
        403);
    assertProblem( // another community's director: not hers to know of
        intakes.act(
            "director-b",
            id,
            "police-notifications",
            "{\"notifiedAt\": \"" + now() + "\", \"station\": \"x\"}"),
        404);
  }
}
