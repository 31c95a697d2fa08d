package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bad input of API.md's Errors section, answered on its field, without internals. */
class InputErrorsIT extends DeployedShouhu {

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  private List<String> fields(HttpResponse<String> response, int status) {
    JsonObject problem = assertProblem(response, status);
    return problem.getJsonArray("violations").stream()
        .map(v -> v.asJsonObject().getString("field"))
        .toList();
  }

  @Test
  void malformedJsonAndWrongTypesAre400() {
    assertProblem(
        http.post(
            Http.API + "/intakes", http.token("director-a"), "application/json", "{\"kind\": "),
        400);
    assertProblem(
        http.post(Http.API + "/intakes", http.token("director-a"), "application/json", "[1, 2]"),
        400);
    JsonObject wrongTypes =
        Intakes.report("210203001001")
            .add("urgent", "yes")
            .add("subject", Json.createObjectBuilder().add("name", 42).add("sex", "F"))
            .build();
    assertThat(fields(intakes.post("director-a", wrongTypes), 400))
        .containsExactlyInAnyOrder("urgent", "subject.name");
  }

  @Test
  void brokenRulesAre422OnTheirFieldsInTheCallersLanguage() {
    JsonObject bad =
        Intakes.report("210203001001")
            .add("kind", "CHILD_ABUSE")
            .add("receivedAt", "2099-01-01T00:00:00+08:00")
            .add(
                "subject",
                Json.createObjectBuilder()
                    .add("name", "王小红")
                    .add("sex", "X")
                    .add("birthDate", "2015-03-03")
                    .add("idNumber", "210203201503020038"))
            .build();
    HttpResponse<String> chinese = intakes.post("director-a", bad);
    assertThat(fields(chinese, 422))
        .containsExactlyInAnyOrder("kind", "receivedAt", "subject.sex", "subject.idNumber");
    assertThat(chinese.body()).contains("校验位");

    HttpResponse<String> english = intakes.post("director-a", bad, "Accept-Language", "en-US");
    assertThat(english.body()).contains("check digit").doesNotContain("校验位");
  }

  @Test
  void residentIdsAgreeWithTheBirthDateAndAcceptALowercaseX() {
    JsonObject mismatch =
        Intakes.report("210203001001")
            .add(
                "subject",
                Json.createObjectBuilder()
                    .add("name", "李小华")
                    .add("sex", "F")
                    .add("birthDate", "2015-03-03")
                    .add("idNumber", "21020320150302008x"))
            .build();
    assertThat(fields(intakes.post("director-a", mismatch), 422))
        .containsExactly("subject.idNumber");

    JsonObject lowercase =
        Intakes.report("210203001001")
            .add(
                "subject",
                Json.createObjectBuilder()
                    .add("name", "李小华")
                    .add("sex", "F")
                    .add("idNumber", "21020320150302008x"))
            .build();
    JsonObject created = intakes.create("director-a", lowercase);
    assertThat(created.getJsonObject("subject").getString("birthDate")).isEqualTo("2015-03-02");
    JsonObject revealed =
        Http.json(
            http.get(
                    Http.API + "/cases/" + created.getString("id") + "?reveal=true",
                    http.token("director-a"))
                .body());
    assertThat(revealed.getJsonObject("subject").getString("idNumber"))
        .isEqualTo("21020320150302008X");
  }

  @Test
  void badTransitionsAndListParametersAre422() {
    JsonObject c = intakes.create("director-a", Intakes.report("210203001001").build());
    String id = c.getString("id");
    JsonObject problem =
        assertProblem(
            intakes.act(
                "director-a",
                id,
                "transitions",
                "{\"to\": \"FOLLOW_UP\", \"version\": " + c.getInt("version") + "}"),
            422);
    // the allowed ones by name, as labels in the user's language
    assertThat(problem.getString("detail")).contains("评估").contains("不予受理").doesNotContain("_");
    assertProblem(
        intakes.act(
            "director-a",
            id,
            "transitions",
            "{\"to\": \"NOWHERE\", \"version\": " + c.getInt("version") + "}"),
        422);
    for (String query :
        new String[] {"size=0", "size=101", "page=-1", "kind=FOO", "status=BAR", "overdue=maybe"}) {
      assertProblem(http.get(Http.API + "/cases?" + query, http.token("director-a")), 422);
    }
    assertThat(http.get(Http.API + "/cases?size=100&page=0", http.token("director-a")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theRuleOrderIs404Then409Then422() {
    JsonObject c = intakes.create("director-a", Intakes.report("210203001001").build());
    String id = c.getString("id");
    String staleAndBad = "{\"to\": \"NOWHERE\", \"version\": 999}";
    assertProblem(intakes.act("director-b", id, "transitions", staleAndBad), 404);
    assertProblem(intakes.act("director-a", id, "transitions", staleAndBad), 409);
  }

  @Test
  void otherMediaTypesAre415AndHugeBodiesAre413EvenChunked() {
    assertProblem(
        http.post(Http.API + "/intakes", http.token("director-a"), "text/plain", "hello"), 415);
    String huge = "{\"summary\": \"" + "x".repeat(300 * 1024) + "\"}";
    assertProblem(
        http.post(Http.API + "/intakes", http.token("director-a"), "application/json", huge), 413);
    HttpRequest.Builder chunked =
        HttpRequest.newBuilder(URI.create(Http.API + "/intakes"))
            .header("Authorization", "Bearer " + http.token("director-a"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))));
    assertProblem(http.send(chunked), 413);
  }

  @Test
  void aSupplementaryPlaneNameRoundTripsByteForByte() throws Exception {
    String name = "𠀀𪚥·王𡃁";
    JsonObject created =
        intakes.create(
            "director-a",
            Intakes.report("210203001001")
                .add("subject", Json.createObjectBuilder().add("name", name).add("sex", "F"))
                .build());
    String read =
        Http.json(intakes.get("director-a", created.getString("id")).body())
            .getJsonObject("subject")
            .getString("name");
    assertThat(read.getBytes(StandardCharsets.UTF_8))
        .isEqualTo(name.getBytes(StandardCharsets.UTF_8));
    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("shouhu.test.db.url"), "shouhu", "shouhu");
        PreparedStatement query =
            db.prepareStatement(
                "select p.full_name from person p join case_party cp on cp.person_id = p.id"
                    + " where cp.case_id = ? and cp.party_role = 'SUBJECT'")) {
      query.setString(1, created.getString("id"));
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString(1)).startsWith("k1:").doesNotContain("王"); // encrypted at rest
      }
    }
  }

  @Test
  void instantsAreStoredInUtcWithFullPrecision() throws Exception {
    JsonObject created =
        intakes.create(
            "director-a",
            Intakes.report("210203001001")
                .add("receivedAt", "2026-11-28T10:15:00.123456+08:00")
                .build());
    assertThat(created.getString("receivedAt")).isEqualTo("2026-11-28T10:15:00+08:00");
    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("shouhu.test.db.url"), "shouhu", "shouhu");
        PreparedStatement query =
            db.prepareStatement("select cast(received_at as char) from case_file where id = ?")) {
      query.setString(1, created.getString("id"));
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString(1)).isEqualTo("2026-11-28 02:15:00.123456");
      }
    }
  }

  /** The crashes the fuzzer found on 2026-11-29 (issue 17), each a 4xx now. */
  @Test
  void aHugeIdAHugePageAndADeepBodyAreRefusedNot500() {
    JsonObject c = intakes.create("director-a", Intakes.report("210203001001").build());
    String hugeId = "x".repeat(5000);
    for (String action : List.of("transitions", "visits", "legal-aid-referrals")) {
      assertProblem(
          intakes.act(
              "director-a",
              hugeId,
              action,
              "{\"to\": \"ASSESSMENT\", \"version\": 1, \"visitedAt\": \""
                  + c.getString("receivedAt")
                  + "\", \"mode\": \"HOME\", \"consent\": true}"),
          404);
    }
    List<String> refused =
        Http.json(
                http.get(Http.API + "/audit?user=director-a&size=20", http.token("auditor1"))
                    .body())
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("outcome").equals("NOT_FOUND") && e.containsKey("record"))
            .map(e -> e.getString("record"))
            .toList();
    assertThat(refused).as("refusals of the huge id, kept as far as they fit").isNotEmpty();
    assertThat(refused.get(0)).startsWith("xxxx").hasSizeLessThan(100);
    assertProblem(http.get(Http.API + "/cases?page=2147483647", http.token("director-a")), 422);
    String deep = "{\"a\": ".repeat(1000) + "1" + "}".repeat(1000);
    assertProblem(
        http.post(Http.API + "/intakes", http.token("director-a"), "application/json", deep), 400);
  }

  @Test
  void noErrorAnswerCarriesInternals() {
    Stream.of(
            intakes.post("director-a", Json.createObjectBuilder().build()),
            http.get(Http.API + "/cases/%27%20or%201=1--", http.token("director-a")),
            http.get(Http.API + "/cases?q=%27;drop", http.token("director-a")))
        .forEach(r -> Problems.assertNoInternals(r.body()));
  }
}
