package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Keeping victims safe: a scored risk assessment with a safety plan (SEVERE reaches the street's
 * supervisor once, on her list and by mail), emergency shelters that never overfill under
 * concurrent requests, shelter addresses for the case's handlers only, the high-risk watch list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafetyIT extends DeployedShouhu {

  static final int SMTP_PORT =
      Integer.parseInt(System.getenv().getOrDefault("SHOUHU_SMTP_PORT", "13025"));

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  private static final String ADDRESS = "西岗区安宁街 7 号 2 楼";

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

  private static String ago(int hours) {
    return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(hours).withNano(0).toString();
  }

  private JsonObject ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response.body());
  }

  private JsonObject dvCase(String victim) {
    return intakes.create(
        "caseworker1",
        Intakes.report("210203001001")
            .add("channel", "HOTLINE_12338")
            .add("kind", "DOMESTIC_VIOLENCE")
            .add("category", "PHYSICAL")
            .add("receivedAt", ago(30))
            .add("subject", Json.createObjectBuilder().add("name", victim).add("sex", "F"))
            .build());
  }

  private String shelter(int capacity) {
    return ok(
            http.post(
                Http.API + "/shelters",
                http.token("admin1"),
                "application/json",
                Json.createObjectBuilder()
                    .add("name", "测试庇护站 " + System.nanoTime())
                    .add("address", ADDRESS)
                    .add("capacity", capacity)
                    .build()
                    .toString()),
            201)
        .getString("id");
  }

  @Test
  void twentyConcurrentStaysInAShelterOfThreeLetExactlyThreeIn() throws Exception {
    String shelter = shelter(3);
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      cases.add(dvCase("庇护测试" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10)).getString("id"));
    }
    String token = http.token("caseworker1");
    List<Callable<HttpResponse<String>>> stays = new ArrayList<>();
    for (String id : cases) {
      String body = "{\"shelter\": \"" + shelter + "\", \"from\": \"" + ago(1) + "\"}";
      stays.add(
          () ->
              http.post(
                  Http.API + "/cases/" + id + "/shelter-stays", token, "application/json", body));
    }
    List<HttpResponse<String>> answers = Concurrently.all(stays);
    assertThat(answers.stream().filter(r -> r.statusCode() == 201)).hasSize(3);
    List<HttpResponse<String>> full = answers.stream().filter(r -> r.statusCode() == 409).toList();
    assertThat(full).hasSize(17);
    assertProblem(full.get(0), 409);
    JsonArray listed =
        Http.jsonArray(http.get(Http.API + "/shelters", http.token("supervisor-a")).body());
    JsonObject ours =
        listed.stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("id").equals(shelter))
            .findFirst()
            .orElseThrow();
    assertThat(ours.getInt("occupied")).isEqualTo(3);
    assertThat(listed.toString()).doesNotContain(ADDRESS);

    // one leaves: a place is free again
    String inside =
        cases.get(
            answers.indexOf(
                answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow()));
    String stay =
        Http.json(intakes.get("caseworker1", inside).body())
            .getJsonArray("shelterStays")
            .getJsonObject(0)
            .getString("id");
    ok(
        intakes.act(
            "caseworker1",
            inside,
            "shelter-stays/" + stay + "/end",
            "{\"at\": \"" + ago(0) + "\"}"),
        200);
    String waiting = cases.get(answers.indexOf(full.get(0)));
    ok(
        intakes.act(
            "caseworker1",
            waiting,
            "shelter-stays",
            "{\"shelter\": \"" + shelter + "\", \"from\": \"" + ago(0) + "\"}"),
        201);
  }

  @Test
  void theShelterAddressIsForTheCasesHandlersOnly() {
    String shelter = shelter(2);
    String id = dvCase("林秀英").getString("id");
    ok(
        intakes.act(
            "caseworker1",
            id,
            "shelter-stays",
            "{\"shelter\": \"" + shelter + "\", \"from\": \"" + ago(2) + "\"}"),
        201);
    assertThat(intakes.get("caseworker1", id).body()).contains(ADDRESS);
    ok(
        intakes.act(
            "caseworker1", id, "legal-aid-referrals", "{\"reason\": \"申请保护令\", \"consent\": true}"),
        201);
    assertThat(intakes.get("legalaid1", id).body()).doesNotContain(ADDRESS);
    HttpResponse<String> glass =
        intakes.act(breakGlassReader, id, "break-glass", "{\"reason\": \"夜间求助核实\"}");
    assertThat(glass.statusCode()).as(glass.body()).isEqualTo(200);
    assertThat(glass.body()).contains("shelterStays").doesNotContain(ADDRESS);
  }

  @Test
  void aSevereAssessmentWithItsSafetyPlanReachesTheSupervisorOnceAndTheWatchList()
      throws Exception {
    JsonObject c = dvCase("赵丽华");
    String id = c.getString("id");
    int version = Http.json(intakes.get("caseworker1", id).body()).getInt("version");
    ok(
        intakes.act(
            "caseworker1",
            id,
            "transitions",
            "{\"to\": \"ASSESSMENT\", \"version\": " + version + "}"),
        200);
    JsonObject instrument =
        ok(http.get(Http.API + "/assessment-instruments/DV_RISK", http.token("caseworker1")), 200);
    Set<String> yes = Set.of("DV_STRANGULATION", "DV_THREAT_TO_KILL", "DV_WEAPON", "DV_SEPARATION");
    JsonObjectBuilder answers = Json.createObjectBuilder();
    instrument.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("code"))
        .forEach(code -> answers.add(code, yes.contains(code)));
    JsonObject assessed =
        ok(
            intakes.act(
                "caseworker1",
                id,
                "assessments",
                Json.createObjectBuilder()
                    .add("instrument", "DV_RISK")
                    .add("answers", answers)
                    .add(
                        "safetyPlan",
                        Json.createObjectBuilder()
                            .add("contacts", "妹妹 赵丽娟 13800001111")
                            .add("codeWord", "买两斤苹果")
                            .add("whereToGo", "妹妹家")
                            .add("documentsReady", true))
                    .build()
                    .toString()),
            201);
    assertThat(assessed.getString("riskLevel")).isEqualTo("SEVERE");
    assertThat(assessed.getString("rule")).contains("16");
    assertThat(assessed.getJsonObject("safetyPlan").getString("codeWord")).isEqualTo("买两斤苹果");

    JsonArray waiting =
        Http.jsonArray(http.get(Http.API + "/reviews", http.token("supervisor-a")).body());
    assertThat(waiting.toString()).contains(assessed.getString("id")).contains("SEVERE");
    assertThat(Outbox.awaitSent(id, "REVIEW")).containsExactly("supervisor-a@shouhu.test SENT");
    List<Message> mails = new ArrayList<>();
    for (Message m : MAIL.getReceivedMessages()) {
      if (m.getSubject().contains(c.getString("caseNumber"))) {
        mails.add(m);
      }
    }
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).contains("严重");
    assertThat((String) mails.get(0).getContent()).doesNotContain("赵丽华").doesNotContain("苹果");

    JsonArray watch =
        Http.jsonArray(http.get(Http.API + "/watch-list", http.token("supervisor-a")).body());
    JsonObject row =
        watch.stream()
            .map(JsonValue::asJsonObject)
            .filter(w -> w.getString("caseId").equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(row.getString("riskLevel")).isEqualTo("SEVERE");
    assertThat(row.getInt("daysSinceVisit")).isEqualTo(1);
    // a legal-aid officer never reads the plan: no assessments in her view at all
    assertThat(intakes.get("legalaid1", id).statusCode()).isEqualTo(404);
  }
}
