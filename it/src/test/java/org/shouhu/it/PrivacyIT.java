package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Encryption at rest, keyed-hash search, masking, the access log and its chain, break-glass. */
class PrivacyIT extends DeployedShouhu {

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  private JsonObject personalCase(String name, String idNumber) {
    return intakes.create(
        "director-a",
        Intakes.report("210203001001")
            .add("summary", "邻居报告" + name + "被锁在家中")
            .add(
                "subject",
                Json.createObjectBuilder()
                    .add("name", name)
                    .add("sex", "F")
                    .add("idNumber", idNumber)
                    .add("phone", "13812345678")
                    .add("address", "西岗区长江路100号"))
            .build());
  }

  private static Connection db() throws Exception {
    return DriverManager.getConnection(
        System.getProperty("shouhu.test.db.url"), "shouhu", "shouhu");
  }

  /** A name no other test uses: 隐私 and six of the ten heavenly stems, at random. */
  private static String uniqueName() {
    String stems = "甲乙丙丁戊己庚辛壬癸";
    StringBuilder name = new StringBuilder("隐私");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 6; i++) {
      name.append(stems.charAt(random.nextInt(stems.length())));
    }
    return name.toString();
  }

  @Test
  void aRawSelectShowsNoPlaintextOfPersonalFields() throws Exception {
    String name = uniqueName();
    String idNumber = Intakes.randomResidentId();
    JsonObject c = personalCase(name, idNumber);
    try (Connection db = db();
        PreparedStatement query =
            db.prepareStatement(
                "select p.full_name, p.id_number, p.phone, p.address, c.summary, c.reporter_name,"
                    + " c.reporter_phone from case_file c join case_party cp on cp.case_id = c.id"
                    + " join person p on p.id = cp.person_id where c.id = ?")) {
      query.setString(1, c.getString("id"));
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        for (int i = 1; i <= 7; i++) {
          String stored = row.getString(i);
          assertThat(stored).as("column " + i).matches("k1:[A-Za-z0-9+/=]+");
          assertThat(stored)
              .doesNotContain(name)
              .doesNotContain(idNumber.substring(6, 14))
              .doesNotContain("1381234");
        }
      }
    }
  }

  @Test
  void searchByExactNameOrIdNumberFindsOnlyCasesInScope() {
    String name = uniqueName();
    String idNumber = Intakes.randomResidentId();
    JsonObject c = personalCase(name, idNumber);
    assertThat(search("supervisor-a", name)).containsExactly(c.getString("caseNumber"));
    assertThat(search("director-a", idNumber)).contains(c.getString("caseNumber"));
    assertThat(search("director-a", fullWidth(idNumber.toLowerCase())))
        .contains(c.getString("caseNumber"));
    assertThat(search("director-b", name)).isEmpty();
    assertThat(search("supervisor-a", name.substring(0, 3))).isEmpty();
  }

  @Test
  void idAndPhoneNumbersAreMaskedUnlessRevealedAndTheRevealIsLogged() {
    String idNumber = Intakes.randomResidentId();
    JsonObject c = personalCase(uniqueName(), idNumber);
    JsonObject subject = c.getJsonObject("subject");
    assertThat(subject.getString("idNumber"))
        .isEqualTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14));
    assertThat(subject.getString("phone")).isEqualTo("138****5678");
    HttpResponse<String> revealed =
        http.get(
            Http.API + "/cases/" + c.getString("id") + "?reveal=true", http.token("director-a"));
    assertThat(Http.json(revealed.body()).getJsonObject("subject").getString("idNumber"))
        .isEqualTo(idNumber);
    assertThat(actions(c.getString("id"))).contains("REVEAL");
  }

  @Test
  void everyReadSearchWriteAndRefusalLeavesAnEntryWithoutPersonalData() {
    String name = uniqueName();
    String idNumber = Intakes.randomResidentId();
    JsonObject c = personalCase(name, idNumber);
    String id = c.getString("id");
    intakes.get("director-a", id);
    search("supervisor-a", c.getString("caseNumber"));
    intakes.act(
        "director-a",
        id,
        "transitions",
        "{\"to\": \"ASSESSMENT\", \"version\": " + c.getInt("version") + "}");
    assertProblem(intakes.get("director-b", id), 404);
    assertProblem(
        intakes.act("stats1", id, "transitions", "{\"to\": \"ASSESSMENT\", \"version\": 1}"), 403);

    HttpResponse<String> log =
        http.get(Http.API + "/audit?case=" + id + "&size=100", http.token("auditor1"));
    assertThat(log.statusCode()).isEqualTo(200);
    List<JsonObject> entries =
        Http.json(log.body()).getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    assertThat(entries)
        .extracting(e -> e.getString("action"))
        .contains("CREATE", "READ", "SEARCH", "TRANSITION");
    assertThat(entries)
        .anyMatch(
            e ->
                e.getString("user").equals("director-b")
                    && e.getString("outcome").equals("NOT_FOUND"));
    assertThat(entries)
        .anyMatch(
            e ->
                e.getString("user").equals("stats1") && e.getString("outcome").equals("FORBIDDEN"));
    assertThat(log.body()).doesNotContain(name).doesNotContain(idNumber);
    assertThat(entries.get(0).getString("at")).endsWith("+08:00");
    assertProblem(http.get(Http.API + "/audit", http.token("admin1")), 403);

    String span =
        "&from="
            + URLEncoder.encode(
                Instant.now()
                    .minus(Duration.ofHours(1))
                    .atOffset(java.time.ZoneOffset.ofHours(8))
                    .toString(),
                StandardCharsets.UTF_8)
            + "&to="
            + URLEncoder.encode(
                Instant.now()
                    .plus(Duration.ofHours(1))
                    .atOffset(java.time.ZoneOffset.ofHours(8))
                    .toString(),
                StandardCharsets.UTF_8);
    JsonObject within =
        Http.json(http.get(Http.API + "/audit?case=" + id + span, http.token("auditor1")).body());
    assertThat(within.getJsonNumber("total").longValue()).isEqualTo(entries.size());
    String future =
        "&from=" + URLEncoder.encode("2099-01-01T00:00:00+08:00", StandardCharsets.UTF_8);
    JsonObject none =
        Http.json(http.get(Http.API + "/audit?case=" + id + future, http.token("auditor1")).body());
    assertThat(none.getJsonNumber("total").longValue()).isZero();
  }

  @Test
  void theChainVerifiesAndAChangedRowIsDetected() throws Exception {
    JsonObject c = personalCase(uniqueName(), Intakes.randomResidentId());
    String entryId = sealedEntryOf(c.getString("id"));
    JsonObject ok = Http.json(http.get(Http.API + "/audit/verify", http.token("auditor1")).body());
    assertThat(ok.getBoolean("ok")).as(ok.toString()).isTrue();
    assertThat(ok.getJsonNumber("entries").longValue()).isPositive();

    try (Connection db = db();
        PreparedStatement tamper =
            db.prepareStatement("update access_entry set username = ? where id = ?")) {
      tamper.setString(1, "somebody-else");
      tamper.setString(2, entryId);
      assertThat(tamper.executeUpdate()).isEqualTo(1);
      try {
        JsonObject broken =
            Http.json(http.get(Http.API + "/audit/verify", http.token("auditor1")).body());
        assertThat(broken.getBoolean("ok")).isFalse();
        assertThat(broken.getString("entry")).isEqualTo(entryId);
      } finally {
        tamper.setString(1, "director-a");
        tamper.executeUpdate();
      }
    }
  }

  @Test
  void breakGlassNeedsAReasonAndIsListedForTheSupervisorAndTheAuditors() {
    JsonObject c = personalCase(uniqueName(), Intakes.randomResidentId());
    String id = c.getString("id");
    assertProblem(intakes.act("director-b", id, "break-glass", "{\"reason\": \" \"}"), 422);
    assertProblem(intakes.act("stats1", id, "break-glass", "{\"reason\": \"x\"}"), 403);
    HttpResponse<String> read =
        intakes.act("director-b", id, "break-glass", "{\"reason\": \"夜间紧急：家庭已迁入本社区\"}");
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(Http.json(read.body()).getString("caseNumber")).isEqualTo(c.getString("caseNumber"));

    String notices = http.get(Http.API + "/notices", http.token("supervisor-a")).body();
    assertThat(notices).contains("BREAK_GLASS_READ").contains("夜间紧急").contains(id);
    String otherStreet = http.get(Http.API + "/notices?size=100", http.token("caseworker1")).body();
    assertThat(otherStreet).contains(id);
    String log = http.get(Http.API + "/audit?case=" + id, http.token("auditor1")).body();
    assertThat(log).contains("\"breakGlass\":true");
  }

  private static String fullWidth(String text) {
    StringBuilder wide = new StringBuilder();
    text.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
    return wide.toString();
  }

  private List<String> search(String user, String q) {
    HttpResponse<String> response =
        http.get(
            Http.API + "/cases?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
            http.token(user));
    assertThat(response.statusCode()).isEqualTo(200);
    return Http.json(response.body()).getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("caseNumber"))
        .toList();
  }

  private List<String> actions(String caseId) {
    return Http.json(
            http.get(Http.API + "/audit?case=" + caseId + "&size=100", http.token("auditor1"))
                .body())
        .getJsonArray("items")
        .stream()
        .map(v -> v.asJsonObject().getString("action"))
        .toList();
  }

  /** Waits (bounded) until the sealer has chained the case's first entry; returns its id. */
  private static String sealedEntryOf(String caseId) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    try (Connection db = db();
        PreparedStatement query =
            db.prepareStatement(
                "select id from access_entry where records = ? and seq is not null")) {
      query.setString(1, caseId);
      while (Instant.now().isBefore(deadline)) {
        try (ResultSet row = query.executeQuery()) {
          if (row.next()) {
            return row.getString(1);
          }
        }
        Thread.onSpinWait();
        java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
      }
    }
    throw new AssertionError("the sealer did not chain the entry within 30 s");
  }
}
