package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The hotlines (API.md "Hotline calls"): calls that never become cases are logged and counted; a
 * repeat caller is recognised without her number ever coming back; a call becomes one case at most,
 * linked both ways; referrals to other agencies, from calls and from cases, are answered in time or
 * chased once; a women's-rights complaint closes only with its outcome.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotlineIT extends DeployedShouhu {

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  @BeforeAll
  void staffInStep() {
    HttpResponse<String> sync =
        http.post(Http.API + "/staff/sync", http.token("admin1"), "application/json", "{}");
    assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
  }

  private static String ago(int hours) {
    return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(hours).withNano(0).toString();
  }

  private static String phone() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  private JsonObject ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response.body());
  }

  private static JsonObjectBuilder call(String line, String category, String outcome) {
    return Json.createObjectBuilder()
        .add("line", line)
        .add("startedAt", ago(1))
        .add("durationSeconds", 240)
        .add("category", category)
        .add("urgent", false)
        .add("request", "来电咨询 " + UUID.randomUUID())
        .add("advice", "告知可向法院申请人身安全保护令")
        .add("outcome", outcome);
  }

  private HttpResponse<String> post(String user, JsonObject body, String... headers) {
    return http.post(
        Http.API + "/calls", http.token(user), "application/json", body.toString(), headers);
  }

  private JsonObject log(String user, JsonObject body) {
    return ok(post(user, body), 201);
  }

  private JsonObject read(String user, String id) {
    return ok(http.get(Http.API + "/calls/" + id, http.token(user)), 200);
  }

  @Test
  void anAnonymousAdviceCallIsLoggedWithNoCase() {
    JsonObject body =
        call("12338", "MARRIAGE_FAMILY", "ANSWERED")
            .add(
                "caller",
                Json.createObjectBuilder()
                    .add("anonymous", true)
                    .add("sex", "F")
                    .add("role", "VICTIM")
                    .add("age", 41))
            .build();
    String key = UUID.randomUUID().toString();
    HttpResponse<String> created = post("hotline1", body, "Idempotency-Key", key);
    JsonObject answer = ok(created, 201);
    assertThat(created.headers().firstValue("Location").orElseThrow())
        .endsWith("/api/v1/calls/" + answer.getString("id"));
    assertThat(answer.getString("callNumber"))
        .matches("RX-" + LocalDate.now(ZoneOffset.ofHours(8)).getYear() + "-\\d{6}");
    assertThat(answer.getBoolean("repeatCaller")).isFalse();
    assertThat(answer.getInt("previousCalls")).isZero();

    // a retry answers as the first time; the same key with another call is a conflict
    assertThat(ok(post("hotline1", body, "Idempotency-Key", key), 201).getString("id"))
        .isEqualTo(answer.getString("id"));
    JsonObject other = call("12338", "OTHER", "ANSWERED").build();
    assertProblem(post("hotline1", other, "Idempotency-Key", key), 409);

    JsonObject shown = read("caseworker1", answer.getString("id"));
    assertThat(shown.getString("outcome")).isEqualTo("ANSWERED");
    assertThat(shown.containsKey("case")).isFalse();
    assertThat(shown.getJsonObject("caller").getBoolean("anonymous")).isTrue();
    assertThat(shown.getJsonObject("caller").containsKey("name")).isFalse();
    assertThat(shown.getJsonArray("deadlines")).isEmpty();

    JsonObject listed =
        ok(
            http.get(
                Http.API + "/calls?line=12338&outcome=ANSWERED&size=100", http.token("hotline1")),
            200);
    assertThat(listed.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")))
        .contains(answer.getString("id"));

    // the operator's intakes are cases; her calls are not
    assertProblem(
        http.get(Http.API + "/cases/" + answer.getString("id"), http.token("hotline1")), 404);
  }

  @Test
  void theSameNumberTwiceIsARepeatCallerAndTheNumberIsInNoLaterAnswer() {
    String phone = phone();
    String tail = phone.substring(3);
    JsonObject first =
        log(
            "hotline1",
            call("12338", "EMPLOYMENT_DISCRIMINATION", "ANSWERED")
                .add("jurisdiction", "210203001001")
                .add(
                    "caller",
                    Json.createObjectBuilder()
                        .add("name", "来电人甲")
                        .add("phone", phone)
                        .add("sex", "F")
                        .add("role", "VICTIM"))
                .build());
    assertThat(first.getBoolean("repeatCaller")).isFalse();
    assertThat(first.toString()).doesNotContain(tail);

    // she calls again, typed another way and this time without a name
    JsonObject second =
        log(
            "caseworker1",
            call("12338", "SEXUAL_HARASSMENT", "ANSWERED")
                .add(
                    "caller",
                    Json.createObjectBuilder()
                        .add("anonymous", true)
                        .add(
                            "phone", "+86 139-" + phone.substring(3, 7) + "-" + phone.substring(7)))
                .build());
    assertThat(second.getBoolean("repeatCaller")).isTrue();
    assertThat(second.getInt("previousCalls")).isEqualTo(1);
    JsonObject earlier = second.getJsonArray("earlierCalls").getJsonObject(0);
    assertThat(earlier.getString("callNumber")).isEqualTo(first.getString("callNumber"));
    assertThat(earlier.getString("category")).isEqualTo("EMPLOYMENT_DISCRIMINATION");
    assertThat(earlier.getString("outcome")).isEqualTo("ANSWERED");

    String firstShown = read("hotline1", first.getString("id")).toString();
    assertThat(firstShown).doesNotContain(tail).contains("139****" + phone.substring(7));
    assertThat(read("hotline1", second.getString("id")).toString()).doesNotContain(tail);
    assertThat(http.get(Http.API + "/calls?size=100", http.token("hotline1")).body())
        .doesNotContain(tail);
    // the supervisor of the street reads the call placed there, masked, and may not reveal it
    assertThat(read("supervisor-a", first.getString("id")).toString()).doesNotContain(tail);
    assertProblem(
        http.get(
            Http.API + "/calls/" + first.getString("id") + "?reveal=true",
            http.token("supervisor-a")),
        403);
    // the anonymous call was placed nowhere: not hers to read
    assertProblem(
        http.get(Http.API + "/calls/" + second.getString("id"), http.token("supervisor-a")), 404);
    // a deliberate reveal by the operator shows it (and is logged)
    assertThat(
            ok(
                    http.get(
                        Http.API + "/calls/" + first.getString("id") + "?reveal=true",
                        http.token("hotline1")),
                    200)
                .getJsonObject("caller")
                .getString("phone"))
        .isEqualTo(phone);
    // an anonymous caller's number was never kept, not even for a reveal
    assertThat(
            ok(
                    http.get(
                        Http.API + "/calls/" + second.getString("id") + "?reveal=true",
                        http.token("hotline1")),
                    200)
                .getJsonObject("caller")
                .containsKey("phone"))
        .isFalse();
    // nobody else reads calls
    for (String outsider : List.of("director-a", "legalaid1", "stats1", "auditor1")) {
      assertProblem(
          http.get(Http.API + "/calls/" + first.getString("id"), http.token(outsider)), 403);
      assertProblem(http.get(Http.API + "/calls", http.token(outsider)), 403);
    }
  }

  private static JsonObject intake(String kind, String category, String victim) {
    return Json.createObjectBuilder()
        .add("kind", kind)
        .add("receivedAt", ago(1))
        .add("jurisdiction", "210203001001")
        .add("category", category)
        .add("summary", "来电转个案")
        .add("reporter", Json.createObjectBuilder().add("type", "SELF"))
        .add("subject", Json.createObjectBuilder().add("name", victim).add("sex", "F"))
        .build();
  }

  @Test
  void aCallTurnedIntoACaseShowsTheLinkBothWaysOnce() {
    JsonObject taken =
        log(
            "hotline1",
            call("12338", "DOMESTIC_VIOLENCE", "CASE").add("jurisdiction", "210203001001").build());
    String toCase = Http.API + "/calls/" + taken.getString("id") + "/case";
    String token = http.token("hotline1");

    // a call does not become a case of any kind (422), and nothing is left behind
    assertProblem(
        http.post(
            toCase,
            token,
            "application/json",
            intake("ORPHAN_SUPPORT", "OTHER", "来电孤儿").toString()),
        422);
    assertThat(read("hotline1", taken.getString("id")).containsKey("case")).isFalse();
    // nor by a child director, who takes no calls
    assertProblem(
        http.post(
            toCase,
            http.token("director-a"),
            "application/json",
            intake("DOMESTIC_VIOLENCE", "PHYSICAL", "来电受害人").toString()),
        403);

    JsonObject aCase =
        ok(
            http.post(
                toCase,
                token,
                "application/json",
                intake("DOMESTIC_VIOLENCE", "PHYSICAL", "来电受害人").toString()),
            201);
    assertThat(aCase.getString("channel")).isEqualTo("HOTLINE_12338");
    assertThat(aCase.getString("kind")).isEqualTo("DOMESTIC_VIOLENCE");
    assertThat(aCase.getString("call")).isEqualTo(taken.getString("callNumber"));
    JsonObject after = read("hotline1", taken.getString("id"));
    assertThat(after.getString("case")).isEqualTo(aCase.getString("caseNumber"));
    assertThat(after.getString("outcome")).isEqualTo("CASE");
    assertThat(ok(intakes.get("caseworker1", aCase.getString("id")), 200).getString("call"))
        .isEqualTo(taken.getString("callNumber"));

    // a second time is a conflict, and opens no second case
    HttpResponse<String> again =
        http.post(
            toCase,
            token,
            "application/json",
            intake("DOMESTIC_VIOLENCE", "PHYSICAL", "来电受害人").toString());
    assertProblem(again, 409);
    assertThat(again.body()).contains(aCase.getString("caseNumber"));

    // a 12349 call about a child comes in through the child-protection hotline
    JsonObject childCall = log("caseworker1", call("12349", "NEGLECT", "CASE").build());
    JsonObject childCase =
        ok(
            http.post(
                Http.API + "/calls/" + childCall.getString("id") + "/case",
                http.token("caseworker1"),
                "application/json",
                intake("CHILD_PROTECTION", "NEGLECT", "来电儿童").toString()),
            201);
    assertThat(childCase.getString("channel")).isEqualTo("CHILD_PROTECTION_HOTLINE");
  }

  private static int referralEscalations(String caseId) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("shouhu.test.db.url"), "shouhu", "shouhu");
        PreparedStatement q =
            c.prepareStatement(
                "SELECT COUNT(*) FROM deadline_escalation e JOIN case_deadline d"
                    + " ON d.id = e.deadline_id WHERE d.case_id = ? AND d.name = 'REFERRAL_ANSWER'")) {
      q.setString(1, caseId);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  @Test
  void aReferralAnswerMeetsTheDeadlineAndAMissingOneIsChasedOnce() throws Exception {
    JsonObject answered =
        log(
            "hotline1",
            call("12349", "BULLYING", "REFERRED")
                .add("referredTo", "SCHOOL")
                .add("referredUnit", "长江路小学")
                .build());
    JsonObject deadline = answered.getJsonArray("deadlines").getJsonObject(0);
    assertThat(deadline.getString("name")).isEqualTo("REFERRAL_ANSWER");
    assertThat(deadline.getBoolean("overdue")).isFalse();
    assertThat(answered.getString("referredTo")).isEqualTo("SCHOOL");
    // a supervisor reads calls; answering them is the hotline's
    String answerUrl = Http.API + "/calls/" + answered.getString("id") + "/referral-answer";
    String answer = "{\"at\": \"" + ago(0) + "\", \"answer\": \"学校已约谈家长\"}";
    assertProblem(
        http.post(answerUrl, http.token("supervisor-a"), "application/json", answer), 403);
    JsonObject met =
        ok(http.post(answerUrl, http.token("hotline1"), "application/json", answer), 200);
    assertThat(met.getJsonArray("deadlines").getJsonObject(0).getBoolean("met")).isTrue();
    assertThat(met.getJsonObject("referral").getString("answer")).isEqualTo("学校已约谈家长");
    assertProblem(http.post(answerUrl, http.token("hotline1"), "application/json", answer), 409);

    // referred twelve days ago and never answered: overdue, chased once to the district
    JsonObject missing =
        log(
            "hotline1",
            call("12338", "PROPERTY_RIGHTS", "REFERRED")
                .add("startedAt", ago(12 * 24))
                .add("referredTo", "LEGAL_AID")
                .build());
    assertThat(missing.getJsonArray("deadlines").getJsonObject(0).getBoolean("overdue")).isTrue();
    String admin = http.token("admin1");
    for (int i = 0; i < 3; i++) {
      ok(
          http.post(Http.API + "/agency-referrals/escalations", admin, "application/json", "{}"),
          200);
    }
    assertThat(Outbox.recipients(missing.getString("id"), "REFERRAL_OVERDUE"))
        .containsExactly("caseworker1@shouhu.test");
    assertThat(
            read("hotline1", missing.getString("id"))
                .getJsonObject("referral")
                .getBoolean("escalated"))
        .isTrue();
    // an answered one is never chased
    assertThat(Outbox.recipients(answered.getString("id"), "REFERRAL_OVERDUE")).isEmpty();
  }

  @Test
  void anAgencyReferralFromAChildProtectionCaseFollowsTheSameRules() throws Exception {
    JsonObject aCase =
        intakes.create(
            "director-a", Intakes.report("210203001001").add("receivedAt", ago(13 * 24)).build());
    String id = aCase.getString("id");
    String referrals = "agency-referrals";
    String late =
        "{\"agency\": \"HOSPITAL\", \"unit\": \"区妇幼保健院\", \"asked\": \"伤情检查\", \"referredAt\": \""
            + ago(12 * 24)
            + "\"}";
    // the hotline operator does no case work
    assertProblem(intakes.act("hotline1", id, referrals, late), 403);
    // another community's director does not find the case
    assertProblem(intakes.act("director-b", id, referrals, late), 404);
    JsonObject overdue = ok(intakes.act("director-a", id, referrals, late), 201);
    assertThat(overdue.getBoolean("overdue")).isTrue();
    JsonObject shown = ok(intakes.get("supervisor-a", id), 200);
    assertThat(shown.getJsonArray("agencyReferrals")).hasSize(1);
    assertThat(
            shown.getJsonArray("deadlines").stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getString("name").equals("REFERRAL_ANSWER"))
                .findFirst()
                .orElseThrow()
                .getBoolean("overdue"))
        .isTrue();

    // chased once, through the case's deadline, to its supervisor
    String admin = http.token("admin1");
    ok(http.post(Http.API + "/deadlines/escalations", admin, "application/json", "{}"), 200);
    ok(http.post(Http.API + "/deadlines/escalations", admin, "application/json", "{}"), 200);
    assertThat(referralEscalations(id)).isEqualTo(1);

    // a referral made now and answered now meets its deadline
    JsonObject now =
        ok(
            intakes.act(
                "director-a",
                id,
                referrals,
                "{\"agency\": \"PSYCHOLOGICAL_SERVICES\", \"referredAt\": \"" + ago(0) + "\"}"),
            201);
    JsonObject met =
        ok(
            intakes.act(
                "director-a",
                id,
                referrals + "/" + now.getString("id") + "/answer",
                "{\"at\": \"" + ago(0) + "\", \"answer\": \"已安排心理咨询\"}"),
            200);
    assertThat(met.getBoolean("met")).isTrue();
    // a referral before the report came in is refused on its field
    assertProblem(
        intakes.act(
            "director-a",
            id,
            referrals,
            "{\"agency\": \"POLICE\", \"referredAt\": \"" + ago(14 * 24) + "\"}"),
        422);
  }

  @Test
  void aWomensRightsComplaintClosesOnlyWithItsOutcome() {
    JsonObject taken = log("hotline1", call("12338", "EMPLOYMENT_DISCRIMINATION", "CASE").build());
    JsonObject aCase =
        ok(
            http.post(
                Http.API + "/calls/" + taken.getString("id") + "/case",
                http.token("hotline1"),
                "application/json",
                intake("WOMENS_RIGHTS", "EMPLOYMENT_DISCRIMINATION", "投诉人乙").toString()),
            201);
    String id = aCase.getString("id");
    ok(
        intakes.act(
            "caseworker1",
            id,
            "transitions",
            "{\"to\": \"ASSESSMENT\", \"version\": " + aCase.getInt("version") + "}"),
        200);
    ok(
        intakes.act(
            "caseworker1",
            id,
            "complaint-steps",
            "{\"type\": \"MEDIATION\", \"at\": \"" + ago(0) + "\", \"result\": \"NO_AGREEMENT\"}"),
        201);
    int version = ok(intakes.get("caseworker1", id), 200).getInt("version");
    HttpResponse<String> early =
        intakes.act(
            "caseworker1",
            id,
            "closure-requests",
            "{\"reason\": \"已处理\", \"version\": " + version + "}");
    assertThat(assertProblem(early, 422).toString()).contains("reason");
    ok(
        intakes.act(
            "caseworker1",
            id,
            "complaint-steps",
            "{\"type\": \"OUTCOME\", \"at\": \"" + ago(0) + "\", \"result\": \"LITIGATION\"}"),
        201);
    JsonObject current = ok(intakes.get("caseworker1", id), 200);
    assertThat(current.getJsonArray("complaint")).hasSize(2);
    ok(
        intakes.act(
            "caseworker1",
            id,
            "closure-requests",
            "{\"reason\": \"已进入诉讼\", \"version\": " + current.getInt("version") + "}"),
        201);
    // a complaint step on another kind of case is refused
    JsonObject child = intakes.create("director-a", Intakes.report("210203001001").build());
    assertProblem(
        intakes.act(
            "director-a",
            child.getString("id"),
            "complaint-steps",
            "{\"type\": \"ADVICE\", \"at\": \"" + ago(0) + "\"}"),
        422);
  }

  @Test
  void callsAreCountedWithoutNamingAnyone() {
    String name = "统计来电人" + UUID.randomUUID().toString().substring(0, 4);
    log(
        "hotline1",
        call("12338", "TRAFFICKING", "ANSWERED")
            .add("jurisdiction", "210203001")
            .add("caller", Json.createObjectBuilder().add("name", name).add("phone", phone()))
            .build());
    LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
    HttpResponse<String> counted =
        http.get(
            Http.API + "/call-statistics?from=" + today.minusDays(7) + "&to=" + today,
            http.token("supervisor-a"));
    JsonObject stats = ok(counted, 200);
    assertThat(stats.getJsonArray("rows").stream().map(JsonValue::asJsonObject))
        .anySatisfy(
            r -> {
              assertThat(r.getString("line")).isEqualTo("12338");
              assertThat(r.getString("category")).isEqualTo("TRAFFICKING");
              assertThat(r.getJsonNumber("calls").longValue()).isPositive();
            });
    assertThat(counted.body()).doesNotContain(name);
    assertProblem(
        http.get(
            Http.API + "/call-statistics?from=" + today + "&to=" + today.minusDays(1),
            http.token("supervisor-a")),
        422);
    assertProblem(
        http.get(
            Http.API + "/call-statistics?from=2000-01-01&to=2026-01-01", http.token("caseworker1")),
        422);
    assertProblem(
        http.get(
            Http.API + "/call-statistics?from=" + today + "&to=" + today, http.token("stats1")),
        403);
  }
}
