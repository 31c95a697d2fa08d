package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Transfers between communities (API.md "Transfers between communities") and the hand-over of a
 * departing worker's cases: after an accepted transfer the old community's director gets 404 and
 * the new one's 200, the history stays and shows the move; a rejection leaves the case where it
 * was; nobody but the receiver decides; a hand-over moves every open case of one worker in the
 * supervisor's street, and nothing else.
 */
class TransfersIT extends DeployedShouhu {

  private static final String COMMUNITY_A = "210203001001"; // director-a's
  private static final String COMMUNITY_B = "210203002001"; // director-b's

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  private static JsonObject ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response.body());
  }

  private String caseIn(String community, String by) {
    return intakes.create(by, Intakes.report(community).build()).getString("id");
  }

  private HttpResponse<String> request(String user, String caseId, String to) {
    return intakes.act(
        user, caseId, "transfers", "{\"to\": \"" + to + "\", \"reason\": \"家庭搬迁到新社区\"}");
  }

  private HttpResponse<String> decide(String user, String transfer, String body) {
    return http.post(
        Http.API + "/transfers/" + transfer + "/decision",
        http.token(user),
        "application/json",
        body);
  }

  @Test
  void afterAnAcceptedTransferTheOldDirectorGets404TheNewOne200AndTheTimelineShowsTheMove() {
    String id = caseIn(COMMUNITY_A, "director-a");
    ok(intakes.act("supervisor-a", id, "assignment", "{\"assignee\": \"director-a\"}"), 200);
    JsonObject requested = ok(request("director-a", id, COMMUNITY_B), 201);
    assertThat(requested.getString("status")).isEqualTo("REQUESTED");
    String transfer = requested.getString("id");
    assertProblem(request("director-a", id, COMMUNITY_B), 409); // one pending at a time

    // the receiver sees what the case is about before accepting it — not who is in it
    assertThat(intakes.get("director-b", id).statusCode()).isEqualTo(404);
    JsonObject incoming =
        ok(http.get(Http.API + "/transfers?size=100", http.token("director-b")), 200);
    JsonObject listed =
        incoming.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> t.getString("id").equals(transfer))
            .findFirst()
            .orElseThrow();
    JsonObject preview = listed.getJsonObject("preview");
    assertThat(preview.keySet())
        .containsExactlyInAnyOrder(
            "caseNumber", "kind", "category", "urgent", "summary", "receivedAt");
    assertThat(preview.getString("kind")).isEqualTo("CHILD_PROTECTION");
    assertThat(preview.getString("category")).isEqualTo("NEGLECT");
    assertThat(preview.getBoolean("urgent")).isFalse();
    assertThat(preview.getString("summary")).startsWith("测试报告");
    assertThat(listed.toString()).doesNotContain("测试儿童").doesNotContain("长江路小学");
    // the sending side's director and supervisor do not receive it
    assertThat(ok(http.get(Http.API + "/transfers", http.token("director-a")), 200).toString())
        .doesNotContain(transfer);
    assertProblem(decide("director-a", transfer, "{\"accept\": true}"), 404);
    assertProblem(decide("supervisor-a", transfer, "{\"accept\": true}"), 404);
    assertProblem(decide("caseworker1", transfer, "{\"accept\": true}"), 403);
    assertProblem(decide("legalaid1", transfer, "{\"accept\": true}"), 403);
    assertProblem(decide("director-b", transfer, "{\"accept\": \"yes\"}"), 400);

    JsonObject accepted = ok(decide("director-b", transfer, "{\"accept\": true}"), 200);
    assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
    assertProblem(decide("director-b", transfer, "{\"accept\": false, \"reason\": \"晚了\"}"), 409);

    assertThat(intakes.get("director-a", id).statusCode()).isEqualTo(404);
    JsonObject moved = ok(intakes.get("director-b", id), 200);
    assertThat(moved.getString("jurisdiction")).isEqualTo(COMMUNITY_B);
    assertThat(moved.containsKey("assignee") && !moved.isNull("assignee")).isFalse();
    String timeline =
        http.get(Http.API + "/cases/" + id + "/timeline", http.token("director-b")).body();
    assertThat(timeline)
        .contains("RECEIVED")
        .contains("ASSIGNED")
        .contains("TRANSFER_REQUESTED")
        .contains("TRANSFER_ACCEPTED");
    String log =
        http.get(Http.API + "/audit?case=" + id + "&size=100", http.token("auditor1")).body();
    assertThat(log).contains("TRANSFER_REQUESTED").contains("TRANSFER_ACCEPTED");
    assertThat(ok(intakes.get("director-b", id), 200).getJsonArray("transfers")).hasSize(1);
  }

  @Test
  void aRejectionNeedsAReasonAndLeavesTheCaseWhereItWas() {
    String id = caseIn(COMMUNITY_A, "director-a");
    String transfer = ok(request("director-a", id, COMMUNITY_B), 201).getString("id");
    assertProblem(decide("director-b", transfer, "{\"accept\": false}"), 422);
    JsonObject rejected =
        ok(decide("director-b", transfer, "{\"accept\": false, \"reason\": \"未在本社区居住\"}"), 200);
    assertThat(rejected.getString("status")).isEqualTo("REJECTED");
    assertThat(ok(intakes.get("director-a", id), 200).getString("jurisdiction"))
        .isEqualTo(COMMUNITY_A);
    assertThat(intakes.get("director-b", id).statusCode()).isEqualTo(404);
    assertThat(http.get(Http.API + "/cases/" + id + "/timeline", http.token("director-a")).body())
        .contains("TRANSFER_REJECTED")
        .contains("未在本社区居住");
    // asked again, after the rejection, and withdrawn by the asking side before any decision
    String again = ok(request("director-a", id, COMMUNITY_B), 201).getString("id");
    assertProblem(
        http.post(
            Http.API + "/cases/" + id + "/transfers/" + again + "/withdrawal",
            http.token("director-b"),
            "application/json",
            "{}"),
        404);
    JsonObject withdrawn =
        ok(
            http.post(
                Http.API + "/cases/" + id + "/transfers/" + again + "/withdrawal",
                http.token("director-a"),
                "application/json",
                "{}"),
            200);
    assertThat(withdrawn.getString("status")).isEqualTo("WITHDRAWN");
    assertProblem(decide("director-b", again, "{\"accept\": true}"), 409);
    assertThat(ok(intakes.get("director-a", id), 200).getString("jurisdiction"))
        .isEqualTo(COMMUNITY_A);
  }

  @Test
  void theReceivingStreetsSupervisorMayAcceptAndAnotherDistrictSeesNothing() {
    KeycloakUsers users = new KeycloakUsers(http);
    try {
      String streetSupervisor = users.create("child-supervisor", "210203002");
      String elsewhere = users.create("child-director", "210204001001");
      String id = caseIn(COMMUNITY_A, "director-a");
      String transfer = ok(request("director-a", id, COMMUNITY_B), 201).getString("id");
      assertThat(http.get(Http.API + "/transfers?size=100", http.token(elsewhere)).body())
          .doesNotContain(transfer);
      assertProblem(decide(elsewhere, transfer, "{\"accept\": true}"), 404);
      assertThat(http.get(Http.API + "/transfers?size=100", http.token(streetSupervisor)).body())
          .contains(transfer);
      ok(decide(streetSupervisor, transfer, "{\"accept\": true, \"reason\": \"已核实住址\"}"), 200);
      assertThat(ok(intakes.get(streetSupervisor, id), 200).getString("jurisdiction"))
          .isEqualTo(COMMUNITY_B);
      assertThat(intakes.get("supervisor-a", id).statusCode()).isEqualTo(404);
      assertThat(http.get(Http.API + "/cases/" + id + "/timeline", http.token("director-b")).body())
          .contains("已核实住址");
    } finally {
      users.removeAll();
    }
  }

  @Test
  void onlyTheCasesHandlersAskAndOnlyToACommunityInForce() {
    String id = caseIn(COMMUNITY_A, "director-a");
    assertProblem(request("director-b", id, COMMUNITY_B), 404); // not hers
    assertProblem(request("legalaid1", id, COMMUNITY_B), 403);
    assertProblem(request("director-a", id, "210203009009"), 422); // no such community
    assertProblem(request("director-a", id, "210203002"), 422); // a street
    assertProblem(request("director-a", id, COMMUNITY_A), 422); // where it is
    assertProblem(
        intakes.act("director-a", id, "transfers", "{\"to\": \"" + COMMUNITY_B + "\"}"), 422);
    assertProblem(decide("director-b", UUID.randomUUID().toString(), "{\"accept\": true}"), 404);
  }

  @Test
  void aHandOverMovesEveryOpenCaseOfOneWorkerInTheStreetAndNothingElse() {
    ok(http.post(Http.API + "/staff/sync", http.token("admin1"), "application/json", "{}"), 200);
    String leaving = "leaving-" + UUID.randomUUID().toString().substring(0, 8);
    String other = "other-" + UUID.randomUUID().toString().substring(0, 8);
    String first = caseIn(COMMUNITY_A, "director-a");
    String second = caseIn("210203001002", "supervisor-a");
    String notAccepted = caseIn(COMMUNITY_A, "director-a");
    String someoneElses = caseIn(COMMUNITY_A, "director-a");
    String otherStreet = caseIn(COMMUNITY_B, "director-b");
    for (String id : new String[] {first, second, notAccepted}) {
      ok(intakes.act("supervisor-a", id, "assignment", "{\"assignee\": \"" + leaving + "\"}"), 200);
    }
    ok(
        intakes.act(
            "supervisor-a", someoneElses, "assignment", "{\"assignee\": \"" + other + "\"}"),
        200);
    ok(
        intakes.act(
            "caseworker1", otherStreet, "assignment", "{\"assignee\": \"" + leaving + "\"}"),
        200);
    long version =
        ok(intakes.get("director-a", notAccepted), 200).getJsonNumber("version").longValue();
    ok(
        intakes.act(
            "director-a",
            notAccepted,
            "transitions",
            "{\"to\": \"NOT_ACCEPTED\", \"reason\": \"已提供咨询\", \"referredTo\": \"区妇联\", \"version\": "
                + version
                + "}"),
        200);

    String hand = "{\"from\": \"" + leaving + "\", \"to\": \"caseworker1\", \"reason\": \"调离\"}";
    assertProblem(
        http.post(Http.API + "/hand-overs", http.token("director-a"), "application/json", hand),
        403);
    assertProblem(
        http.post(
            Http.API + "/hand-overs",
            http.token("supervisor-a"),
            "application/json",
            "{\"from\": \"" + leaving + "\", \"to\": \"nobody-here\"}"),
        422);
    // director-a may not be given the case of the other community (210203001002): nothing moves
    assertProblem(
        http.post(
            Http.API + "/hand-overs",
            http.token("supervisor-a"),
            "application/json",
            "{\"from\": \"" + leaving + "\", \"to\": \"director-a\"}"),
        422);
    assertThat(ok(intakes.get("supervisor-a", first), 200).getString("assignee"))
        .isEqualTo(leaving);
    JsonObject result =
        ok(
            http.post(
                Http.API + "/hand-overs", http.token("supervisor-a"), "application/json", hand),
            200);
    assertThat(result.getInt("moved")).isEqualTo(2);
    assertThat(
            result.getJsonArray("cases").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()))
        .containsExactlyInAnyOrder(first, second);

    assertThat(ok(intakes.get("supervisor-a", first), 200).getString("assignee"))
        .isEqualTo("caseworker1");
    assertThat(ok(intakes.get("supervisor-a", second), 200).getString("assignee"))
        .isEqualTo("caseworker1");
    assertThat(ok(intakes.get("supervisor-a", notAccepted), 200).getString("assignee"))
        .isEqualTo(leaving);
    assertThat(ok(intakes.get("supervisor-a", someoneElses), 200).getString("assignee"))
        .isEqualTo(other);
    assertThat(ok(intakes.get("caseworker1", otherStreet), 200).getString("assignee"))
        .isEqualTo(leaving);
    assertThat(
            http.get(Http.API + "/cases/" + first + "/timeline", http.token("supervisor-a")).body())
        .contains("HANDED_OVER")
        .contains("调离");
    String log =
        http.get(Http.API + "/audit?case=" + second + "&size=100", http.token("auditor1")).body();
    assertThat(log).contains("HAND_OVER");
  }
}
