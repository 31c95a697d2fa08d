package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Legal aid the Legal Aid Law's way (API.md "Legal aid"): a referral, the centre's decision within
 * 7 days (materials asked for at once, the clock restarting when they arrive), a lawyer within 3
 * days of acceptance, the outcome — each deadline met or overdue as its dates say; declining a
 * domestic-violence victim for means is 422; the written refusal; the referring worker sees it all
 * on the case; another district's officer and the case's handlers cannot act; indicators C.
 */
class LegalAidIT extends DeployedShouhu {

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  private static JsonObject ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response.body());
  }

  private static String daysAgo(int days) {
    return OffsetDateTime.now(BEIJING).minusDays(days).withNano(0).toString();
  }

  /** A women's-rights case of an adult woman, taken in {@code received}. */
  private String womansCase(String kind, String category, String received) {
    return intakes
        .create(
            "director-a",
            Intakes.report("210203001001")
                .add("channel", "HOTLINE_12338")
                .add("kind", kind)
                .add("category", category)
                .add("receivedAt", received)
                .add(
                    "subject",
                    Json.createObjectBuilder()
                        .add("name", "援助申请人")
                        .add("sex", "F")
                        .add("birthDate", "1985-07-01"))
                .build())
        .getString("id");
  }

  private JsonObject refer(String caseId, String referredAt) {
    return ok(
        intakes.act(
            "director-a",
            caseId,
            "legal-aid-referrals",
            "{\"reason\": \"需要代理离婚诉讼\", \"consent\": true"
                + (referredAt == null ? "" : ", \"referredAt\": \"" + referredAt + "\"")
                + "}"),
        201);
  }

  private HttpResponse<String> officer(String token, String referral, String step, String body) {
    return http.post(
        Http.API + "/legal-aid-referrals/" + referral + "/" + step,
        token,
        "application/json",
        body);
  }

  private static JsonObject deadline(JsonObject referral, String name, int which) {
    List<JsonObject> found =
        referral.getJsonArray("deadlines").stream()
            .map(JsonValue::asJsonObject)
            .filter(d -> d.getString("name").equals(name))
            .toList();
    return found.get(which < 0 ? found.size() + which : which);
  }

  @Test
  void aReferralIsDecidedGivenALawyerAndConcludedEachDeadlineMetOrOverdueAsItsDatesSay() {
    String officer = http.token("legalaid1");
    // referred ten days ago and still undecided: the decision is overdue
    String late = womansCase("WOMENS_RIGHTS", "PROPERTY_RIGHTS", daysAgo(12));
    JsonObject overdue = refer(late, daysAgo(10));
    assertThat(overdue.getString("status")).isEqualTo("REFERRED");
    assertThat(overdue.getBoolean("meansTestExempt")).isFalse();
    assertThat(overdue.getBoolean("hardshipCheckWaived")).isFalse();
    assertThat(deadline(overdue, "LEGAL_AID_DECISION", 0).getBoolean("overdue")).isTrue();

    // the list of the district's referrals has it, oldest first
    JsonObject list =
        ok(http.get(Http.API + "/legal-aid-referrals?status=REFERRED&size=100", officer), 200);
    assertThat(list.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")))
        .contains(overdue.getString("id"));
    assertProblem(http.get(Http.API + "/legal-aid-referrals?status=LOST", officer), 422);

    // referred two days ago: materials asked for (all at once), arriving later, then accepted
    String id = womansCase("WOMENS_RIGHTS", "PROPERTY_RIGHTS", daysAgo(3));
    String referral = refer(id, daysAgo(2)).getString("id");
    JsonObject asked =
        ok(
            officer(
                officer,
                referral,
                "decision",
                "{\"decision\": \"MATERIALS_NEEDED\", \"materials\": [\"身份证明\", \"房产证明\"], \"at\": \""
                    + daysAgo(1)
                    + "\"}"),
            200);
    assertThat(asked.getString("status")).isEqualTo("MATERIALS_NEEDED");
    assertThat(asked.getJsonArray("materials")).hasSize(2);
    assertThat(deadline(asked, "LEGAL_AID_DECISION", 0).getBoolean("met")).isTrue();
    assertProblem(
        officer(officer, referral, "decision", "{\"decision\": \"ACCEPTED\"}"), 422); // not yet in
    JsonObject arrived = ok(officer(officer, referral, "materials", "{}"), 200);
    assertThat(arrived.getString("status")).isEqualTo("REFERRED");
    JsonObject restarted = deadline(arrived, "LEGAL_AID_DECISION", -1);
    assertThat(arrived.getJsonArray("deadlines").size()).isEqualTo(2);
    assertThat(restarted.getBoolean("met")).isFalse();
    assertThat(restarted.getBoolean("overdue")).isFalse();
    assertThat(OffsetDateTime.parse(restarted.getString("dueAt")))
        .isAfter(OffsetDateTime.now().plusDays(6)); // seven days from today
    assertProblem( // 一次性告知: only once
        officer(
            officer,
            referral,
            "decision",
            "{\"decision\": \"MATERIALS_NEEDED\", \"materials\": [\"户口簿\"]}"),
        422);

    JsonObject accepted =
        ok(officer(officer, referral, "decision", "{\"decision\": \"ACCEPTED\"}"), 200);
    assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
    assertThat(accepted.getJsonObject("decision").getString("decision")).isEqualTo("ACCEPTED");
    assertThat(deadline(accepted, "LEGAL_AID_DECISION", -1).getBoolean("met")).isTrue();
    JsonObject lawyerDue = deadline(accepted, "LAWYER_ASSIGNED", 0);
    assertThat(lawyerDue.getBoolean("met")).isFalse();
    assertThat(lawyerDue.getBoolean("overdue")).isFalse();
    assertProblem(officer(officer, referral, "decision", "{\"decision\": \"DECLINED\"}"), 409);

    JsonObject lawyer =
        ok(
            officer(officer, referral, "lawyer", "{\"lawyer\": \"李明律师\", \"firm\": \"海事律师事务所\"}"),
            200);
    assertThat(lawyer.getJsonObject("lawyer").getString("lawyer")).isEqualTo("李明律师");
    assertThat(deadline(lawyer, "LAWYER_ASSIGNED", 0).getBoolean("met")).isTrue();
    JsonObject concluded =
        ok(officer(officer, referral, "outcome", "{\"outcome\": \"调解达成协议\"}"), 200);
    assertThat(concluded.getString("status")).isEqualTo("CONCLUDED");

    // the referring director sees the decision, the lawyer and the outcome on the case
    JsonObject onCase = Http.json(intakes.get("director-a", id).body());
    JsonObject shown = onCase.getJsonArray("legalAidReferrals").getJsonObject(0);
    assertThat(shown.getString("status")).isEqualTo("CONCLUDED");
    assertThat(shown.getJsonObject("outcome").getString("outcome")).isEqualTo("调解达成协议");
    assertThat(shown.getJsonObject("lawyer").getString("firm")).isEqualTo("海事律师事务所");
    // and the steps are on its timeline
    String timeline =
        http.get(Http.API + "/cases/" + id + "/timeline", http.token("director-a")).body();
    assertThat(timeline).contains("LEGAL_AID_STEP").contains("LAWYER_ASSIGNED");
  }

  @Test
  void decliningADomesticViolenceVictimForMeansIs422AndARefusalHasItsWrittenDecision() {
    String officer = http.token("legalaid1");
    String dv = womansCase("DOMESTIC_VIOLENCE", "PHYSICAL", daysAgo(1));
    JsonObject referral = refer(dv, null);
    assertThat(referral.getBoolean("meansTestExempt")).isTrue();
    String id = referral.getString("id");
    JsonObject problem =
        assertProblem(
            officer(
                officer,
                id,
                "decision",
                "{\"decision\": \"DECLINED\", \"reasonCode\": \"MEANS\", \"reason\": \"收入高于标准\"}"),
            422);
    assertThat(problem.toString()).contains("reasonCode").contains("第三十二条");
    assertThat(
            ok(http.get(Http.API + "/legal-aid-referrals/" + id, officer), 200).getString("status"))
        .isEqualTo("REFERRED"); // nothing half-written

    // declined for another reason: in writing, with the letter
    assertProblem(
        officer(officer, id, "decision", "{\"decision\": \"DECLINED\", \"reasonCode\": \"OTHER\"}"),
        422);
    JsonObject declined =
        ok(
            officer(
                officer,
                id,
                "decision",
                "{\"decision\": \"DECLINED\", \"reasonCode\": \"NOT_ELIGIBLE\", \"reason\": \"不属于法律援助事项\"}"),
            200);
    assertThat(declined.getString("status")).isEqualTo("DECLINED");
    HttpResponse<byte[]> letter =
        http.sendBytes(
            HttpRequest.newBuilder(
                    URI.create(Http.API + "/legal-aid-referrals/" + id + "/decision-letter"))
                .header("Authorization", "Bearer " + officer)
                .GET());
    assertThat(letter.statusCode()).isEqualTo(200);
    assertThat(letter.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(letter.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertProblem(officer(officer, id, "lawyer", "{\"lawyer\": \"李律师\"}"), 409);
  }

  @Test
  void onlyTheDistrictsOfficerActsAndALawyerBeforeTheDecisionNeedsAnUrgentGround() {
    String id = womansCase("WOMENS_RIGHTS", "PROPERTY_RIGHTS", daysAgo(1));
    String referral = refer(id, null).getString("id");
    // the case's own director reads the referral but does not decide it
    assertThat(
            http.get(Http.API + "/legal-aid-referrals/" + referral, http.token("director-a"))
                .statusCode())
        .isEqualTo(200);
    assertProblem(
        officer(http.token("director-a"), referral, "decision", "{\"decision\": \"ACCEPTED\"}"),
        403);
    // another community's director, the hotline and the statistician: nothing
    assertProblem(
        http.get(Http.API + "/legal-aid-referrals/" + referral, http.token("director-b")), 404);
    assertProblem(http.get(Http.API + "/legal-aid-referrals", http.token("stats1")), 403);
    assertProblem(
        http.get(
            Http.API + "/legal-aid-referrals/" + java.util.UUID.randomUUID(),
            http.token("legalaid1")),
        404);

    assertProblem(
        http.get(Http.API + "/legal-aid-referrals/" + referral, http.token("hotline1")), 403);
    // another district's legal-aid officer: neither in her list nor hers to read or decide
    KeycloakUsers users = new KeycloakUsers(http);
    try {
      String otherOfficer = http.token(users.create("legal-aid-officer", "210204"));
      assertThat(http.get(Http.API + "/legal-aid-referrals?size=100", otherOfficer).body())
          .doesNotContain(referral);
      assertProblem(http.get(Http.API + "/legal-aid-referrals/" + referral, otherOfficer), 404);
      assertProblem(
          officer(otherOfficer, referral, "decision", "{\"decision\": \"ACCEPTED\"}"), 404);
    } finally {
      users.removeAll();
    }

    String officer = http.token("legalaid1");
    assertProblem(officer(officer, referral, "lawyer", "{\"lawyer\": \"王律师\"}"), 422);
    JsonObject early =
        ok(
            officer(
                officer,
                referral,
                "lawyer",
                "{\"lawyer\": \"王律师\", \"urgent\": \"LIMITATION_NEAR\"}"),
            200);
    assertThat(early.getJsonObject("lawyer").getString("urgent")).isEqualTo("LIMITATION_NEAR");
    assertThat(early.getString("status")).isEqualTo("REFERRED"); // aid began; the decision is due
    assertProblem(officer(officer, referral, "outcome", "{\"outcome\": \"胜诉\"}"), 409);
    assertProblem(officer(officer, referral, "decision", "{\"decision\": \"PENDING\"}"), 422);
    assertProblem(officer(officer, referral, "decision", "[1, 2]"), 400);
    assertProblem(
        officer(
            officer,
            referral,
            "decision",
            "{\"decision\": \"MATERIALS_NEEDED\", \"materials\": [\"" + "证".repeat(201) + "\"]}"),
        422);
  }

  /** Indicators C: adult women's referrals accepted of decided; minors' provision rate (2010). */
  @Test
  void theLegalAidIndicatorsCountDecisionsByTheirYear() {
    String officer = http.token("legalaid1");
    // six adult women: five accepted, one declined for means (she is no victim of violence)
    for (int i = 0; i < 6; i++) {
      String id = womansCase("WOMENS_RIGHTS", "PROPERTY_RIGHTS", "2010-03-01T09:00:00+08:00");
      String r = refer(id, "2010-03-02T09:00:00+08:00").getString("id");
      ok(
          officer(
              officer,
              r,
              "decision",
              i < 5
                  ? "{\"decision\": \"ACCEPTED\", \"at\": \"2010-03-05T09:00:00+08:00\"}"
                  : "{\"decision\": \"DECLINED\", \"reasonCode\": \"MEANS\", \"reason\": \"收入较高\","
                      + " \"at\": \"2010-03-05T09:00:00+08:00\"}"),
          200);
    }
    // eight children: five accepted, one declined (other), one not eligible, one withdrawn
    String[] outcomes = {
      "ACCEPTED",
      "ACCEPTED",
      "ACCEPTED",
      "ACCEPTED",
      "ACCEPTED",
      "OTHER",
      "NOT_ELIGIBLE",
      "WITHDRAWN"
    };
    for (String outcome : outcomes) {
      String id =
          intakes
              .create(
                  "director-a",
                  Intakes.report("210203001001")
                      .add("receivedAt", "2010-04-01T09:00:00+08:00")
                      .add("category", "PHYSICAL_ABUSE")
                      .add(
                          "subject",
                          Json.createObjectBuilder()
                              .add("name", "受援儿童")
                              .add("sex", "M")
                              .add("birthDate", "2003-05-04"))
                      .build())
              .getString("id");
      String r = refer(id, "2010-04-02T09:00:00+08:00").getString("id");
      ok(
          officer(
              officer,
              r,
              "decision",
              outcome.equals("ACCEPTED")
                  ? "{\"decision\": \"ACCEPTED\", \"at\": \"2010-04-03T09:00:00+08:00\"}"
                  : "{\"decision\": \"DECLINED\", \"reasonCode\": \""
                      + outcome
                      + "\", \"reason\": \"见说明\", \"at\": \"2010-04-03T09:00:00+08:00\"}"),
          200);
    }
    JsonObject answer = ok(http.get(Http.API + "/indicators?year=2010", http.token("stats1")), 200);
    Function<String, JsonObject> indicator =
        code ->
            answer.getJsonArray("indicators").stream()
                .map(JsonValue::asJsonObject)
                .filter(i -> i.getString("code").equals(code))
                .findFirst()
                .orElseThrow();
    assertThat(indicator.apply("LA_WOMEN").getString("total")).isEqualTo("83.3%");
    assertThat(indicator.apply("LA_MINOR_RATE").getString("total")).isEqualTo("83.3%");
    assertThat(indicator.apply("LA_MINOR_RATE").toString()).doesNotContain("援助申请人");
  }
}
