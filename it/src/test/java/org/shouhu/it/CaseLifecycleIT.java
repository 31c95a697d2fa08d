package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The lifecycle over REST: closure approval, concurrent edits, numbering, idempotency. */
class CaseLifecycleIT extends DeployedShouhu {

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  @Test
  void aCaseIsWorkedAndClosedWithTheSupervisorsApproval() {
    // a kind without an intervention gate (child protection's is ChildProtectionIT's)
    JsonObject c =
        intakes.create(
            "director-a",
            Intakes.report("210203001001")
                .add("kind", "DOMESTIC_VIOLENCE")
                .add("category", "PHYSICAL")
                .build());
    String id = c.getString("id");
    assertThat(c.getString("status")).isEqualTo("INTAKE");
    assertThat(c.getString("caseNumber")).matches("XG-2026-\\d{6}");
    assertThat(c.getString("receivedAt")).isEqualTo("2026-11-28T10:15:00+08:00");
    assertThat(c.get("assignee")).isEqualTo(JsonValue.NULL);
    assertThat(c.get("closureRequest")).isEqualTo(JsonValue.NULL);

    c = ok(intakes.act("director-a", id, "transitions", move("ASSESSMENT", c)));
    c = ok(intakes.act("director-a", id, "transitions", move("INTERVENTION", c)));
    c = ok(intakes.act("director-a", id, "transitions", move("FOLLOW_UP", c)));
    assertProblem(intakes.act("director-a", id, "transitions", move("CLOSED", c)), 422);

    HttpResponse<String> requested =
        intakes.act(
            "director-a",
            id,
            "closure-requests",
            "{\"reason\": \"回访三次，情况稳定\", \"version\": " + c.getInt("version") + "}");
    assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
    assertThat(Http.json(requested.body()).getJsonObject("closureRequest").getString("requestedBy"))
        .isEqualTo("director-a");

    assertProblem(
        intakes.act("director-a", id, "closure-requests/decision", "{\"approve\": true}"), 403);
    JsonObject closed =
        ok(
            intakes.act(
                "supervisor-a",
                id,
                "closure-requests/decision",
                "{\"approve\": true, \"reason\": \"同意结案\"}"));
    assertThat(closed.getString("status")).isEqualTo("CLOSED");

    HttpResponse<String> timeline =
        http.get(Http.API + "/cases/" + id + "/timeline", http.token("supervisor-a"));
    List<String> types =
        Http.jsonArray(timeline.body()).stream()
            .map(e -> e.asJsonObject().getString("type"))
            .toList();
    assertThat(types)
        .containsExactly(
            "RECEIVED",
            "TRANSITION",
            "TRANSITION",
            "TRANSITION",
            "CLOSURE_REQUESTED",
            "CLOSURE_APPROVED");
    assertThat(Http.jsonArray(timeline.body()).get(5).asJsonObject().getString("user"))
        .isEqualTo("supervisor-a");
  }

  @Test
  void aRejectedClosureLeavesTheCaseOpenWithTheRejectionOnItsTimeline() {
    JsonObject c = intakes.create("director-a", Intakes.report("210203001001").build());
    String id = c.getString("id");
    c = ok(intakes.act("director-a", id, "transitions", move("ASSESSMENT", c)));
    ok201(
        intakes.act(
            "director-a",
            id,
            "closure-requests",
            "{\"reason\": \"无需干预\", \"version\": " + c.getInt("version") + "}"));
    JsonObject rejected =
        ok(
            intakes.act(
                "caseworker1",
                id,
                "closure-requests/decision",
                "{\"approve\": false, \"reason\": \"需要再次家访\"}"));
    assertThat(rejected.getString("status")).isEqualTo("ASSESSMENT");
    assertThat(rejected.get("closureRequest")).isEqualTo(JsonValue.NULL);
    String timeline =
        http.get(Http.API + "/cases/" + id + "/timeline", http.token("director-a")).body();
    assertThat(timeline).contains("CLOSURE_REJECTED").contains("需要再次家访");
  }

  @Test
  void twoConcurrentTransitionsWithOneVersionGiveOne200AndOne409() throws Exception {
    for (int round = 0; round < 3; round++) {
      JsonObject c = intakes.create("director-a", Intakes.report("210203001001").build());
      String id = c.getString("id");
      String body = move("ASSESSMENT", c);
      String tokenA = http.token("director-a");
      String tokenB = http.token("supervisor-a");
      List<Integer> statuses =
          Concurrently.all(
              List.of(
                  () -> post(tokenA, id, body).statusCode(),
                  () -> post(tokenB, id, body).statusCode()));
      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
      JsonObject after = Http.json(intakes.get("director-a", id).body());
      assertThat(after.getString("status")).isEqualTo("ASSESSMENT");
      assertThat(after.getInt("version")).isEqualTo(c.getInt("version") + 1);
    }
  }

  @Test
  void aStaleVersionIs409AndLosesNothingOfTheWinnersChange() {
    JsonObject c = intakes.create("director-a", Intakes.report("210203001001").build());
    String id = c.getString("id");
    JsonObject winner = ok(intakes.act("director-a", id, "transitions", move("ASSESSMENT", c)));
    JsonObject problem =
        assertProblem(intakes.act("supervisor-a", id, "transitions", move("NOT_ACCEPTED", c)), 409);
    assertThat(problem.getString("detail")).isNotBlank();
    JsonObject now = Http.json(intakes.get("director-a", id).body());
    assertThat(now.getString("status")).isEqualTo("ASSESSMENT");
    assertThat(now.getInt("version")).isEqualTo(winner.getInt("version"));
  }

  @Test
  void fiftyConcurrentIntakesInOneYearGetFiftyConsecutiveNumbers() throws Exception {
    String token = http.token("caseworker1");
    List<Callable<String>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String body =
          Intakes.report("210203003001")
              .add("receivedAt", "2019-06-01T09:00:00+08:00")
              .build()
              .toString();
      calls.add(
          () -> {
            HttpResponse<String> r =
                http.post(Http.API + "/intakes", token, "application/json", body);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            return Http.json(r.body()).getString("caseNumber");
          });
    }
    List<Integer> numbers =
        Concurrently.all(calls).stream()
            .peek(n -> assertThat(n).startsWith("XG-2019-"))
            .map(n -> Integer.parseInt(n.substring(8)))
            .sorted()
            .toList();
    assertThat(numbers).doesNotHaveDuplicates().hasSize(50);
    assertThat(numbers.get(49) - numbers.get(0)).isEqualTo(49);
  }

  @Test
  void aRetriedIntakeWithTheSameKeyOpensOneCaseEvenConcurrently() throws Exception {
    String body = Intakes.report("210203001001").build().toString();
    String key = "retry-" + System.nanoTime();
    String token = http.token("director-a");
    List<Callable<String>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(
          () -> {
            HttpResponse<String> r =
                http.post(
                    Http.API + "/intakes", token, "application/json", body, "Idempotency-Key", key);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            return Http.json(r.body()).getString("id");
          });
    }
    List<String> ids = Concurrently.all(calls);
    assertThat(ids.stream().distinct().count()).isEqualTo(1);

    HttpResponse<String> again =
        http.post(Http.API + "/intakes", token, "application/json", body, "Idempotency-Key", key);
    assertThat(Http.json(again.body()).getString("id")).isEqualTo(ids.get(0));

    String other = Intakes.report("210203001001").build().toString();
    assertProblem(
        http.post(Http.API + "/intakes", token, "application/json", other, "Idempotency-Key", key),
        409);
    // The key is the caller's own: another user's same key is a new request.
    HttpResponse<String> otherUser =
        http.post(
            Http.API + "/intakes",
            http.token("supervisor-a"),
            "application/json",
            body,
            "Idempotency-Key",
            key);
    assertThat(Http.json(otherUser.body()).getString("id")).isNotEqualTo(ids.get(0));
  }

  @Test
  void theSamePersonIsRecognisedAndHerOtherOpenCasesListed() {
    JsonObject first =
        intakes.create(
            "director-a",
            Intakes.report("210203001001")
                .add(
                    "subject",
                    Json.createObjectBuilder()
                        .add("name", "重复儿童")
                        .add("sex", "M")
                        .add("idNumber", "21020320120101109X"))
                .build());
    assertThat(first.getJsonArray("duplicates")).isEmpty();
    JsonObject second =
        intakes.create(
            "supervisor-a",
            Intakes.report("210203001002")
                .add(
                    "subject",
                    Json.createObjectBuilder()
                        .add("name", "重复儿童")
                        .add("sex", "M")
                        .add("idNumber", "21020320120101109x"))
                .build());
    assertThat(second.getJsonArray("duplicates").getJsonObject(0).getString("caseNumber"))
        .isEqualTo(first.getString("caseNumber"));
    assertThat(second.getBoolean("duplicateElsewhere")).isFalse();
    JsonObject third =
        intakes.create(
            "director-b",
            Intakes.report("210203002001")
                .add(
                    "subject",
                    Json.createObjectBuilder()
                        .add("name", "重复儿童")
                        .add("sex", "M")
                        .add("idNumber", "21020320120101109X"))
                .build());
    assertThat(third.getJsonArray("duplicates")).isEmpty();
    assertThat(third.getBoolean("duplicateElsewhere")).isTrue();
    assertThat(third.toString()).doesNotContain(first.getString("caseNumber"));
    // The first case's own street supervisor is told, with both cases.
    String notices = http.get(Http.API + "/notices?size=100", http.token("supervisor-a")).body();
    assertThat(notices)
        .contains("POSSIBLE_DUPLICATE")
        .contains(first.getString("id"))
        .contains(third.getString("id"));
  }

  private static String move(String to, JsonObject c) {
    return "{\"to\": \"" + to + "\", \"reason\": \"测试\", \"version\": " + c.getInt("version") + "}";
  }

  private HttpResponse<String> post(String token, String id, String body) {
    return http.post(Http.API + "/cases/" + id + "/transitions", token, "application/json", body);
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response.body());
  }

  private static JsonObject ok201(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response.body());
  }
}
