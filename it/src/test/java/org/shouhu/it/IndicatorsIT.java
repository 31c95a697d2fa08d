package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The plan indicators on small data sets of 2017 and 2018 (years no other test writes), with the
 * values known: counts by street, sex and age band (the age on the event's Beijing day), small
 * counts as "<5", the cell a total would give away as "x", and nothing that names anyone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorsIT extends DeployedShouhu {

  private static final String YEAR = "2017";
  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);
  private final List<String> names = new ArrayList<>();
  private final List<String> numbers = new ArrayList<>();

  private void child(String community, String sex, String birth, String receivedAt) {
    String tens = "甲乙丙丁戊己庚辛壬癸";
    String name = "指标儿童" + tens.charAt(names.size() / 10 % 10) + tens.charAt(names.size() % 10);
    names.add(name);
    JsonObject c =
        intakes.create(
            "caseworker1",
            Intakes.report(community)
                .add("receivedAt", receivedAt)
                .add(
                    "subject",
                    Json.createObjectBuilder()
                        .add("name", name)
                        .add("sex", sex)
                        .add("birthDate", birth))
                .build());
    numbers.add(c.getString("caseNumber"));
  }

  private void call(String category, String outcome, int age) {
    var body =
        Json.createObjectBuilder()
            .add("line", "12338")
            .add("startedAt", "2017-03-08T09:30:00+08:00")
            .add("category", category)
            .add("outcome", outcome)
            .add(
                "caller",
                Json.createObjectBuilder().add("sex", "F").add("age", age).add("name", "指标来电人"));
    if (outcome.equals("REFERRED")) {
      body.add("referredTo", "LEGAL_AID");
    }
    HttpResponse<String> r =
        http.post(
            Http.API + "/calls",
            http.token("hotline1"),
            "application/json",
            body.build().toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    numbers.add(Http.json(r.body()).getString("callNumber"));
  }

  @BeforeAll
  void aSmallKnownYear() {
    for (int i = 0; i < 6; i++) {
      child("210203001001", "F", "2010-03-01", "2017-05-10T10:00:00+08:00");
    }
    for (int i = 0; i < 2; i++) {
      child("210203001001", "M", "2005-01-01", "2017-05-10T10:00:00+08:00");
    }
    // twelve on the Beijing day of the report (still eleven on its UTC day)
    child("210203001001", "F", "2005-06-16", "2017-06-16T07:00:00+08:00");
    for (int i = 0; i < 7; i++) {
      child("210203002001", "F", "2010-03-01", "2017-05-10T10:00:00+08:00");
    }
    for (int i = 0; i < 3; i++) {
      call("PROPERTY_RIGHTS", "REFERRED", 40);
    }
    for (int i = 0; i < 2; i++) {
      call("PROPERTY_RIGHTS", "ANSWERED", 41);
    }
    call("SEXUAL_HARASSMENT", "ANSWERED", 25);
  }

  private JsonObject indicators(String query) {
    HttpResponse<String> r = http.get(Http.API + "/indicators?" + query, http.token("stats1"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.json(r.body());
  }

  private static JsonObject indicator(JsonObject answer, String code) {
    return answer.getJsonArray("indicators").stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static final List<String> ORDER =
      List.of("street", "category", "applicant", "urgent", "sex", "ageBand");

  /** The cells as "breakdown values → value", e.g. {@code 210203001/F/6-11 → 6}. */
  private static Map<String, String> cells(JsonObject indicator) {
    return indicator.getJsonArray("cells").stream()
        .map(JsonValue::asJsonObject)
        .collect(
            Collectors.toMap(
                c ->
                    ORDER.stream()
                        .filter(c::containsKey)
                        .map(c::getString)
                        .collect(Collectors.joining("/")),
                c -> c.getString("value")));
  }

  @Test
  void childHarmReportsByStreetSexAndAgeBandWithSmallCountsHidden() {
    JsonObject answer = indicators("year=" + YEAR);
    JsonObject reports = indicator(answer, "CP_REPORTS");
    assertThat(cells(reports))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "210203001/F/6-11", "6",
                "210203001/M/12-14", "<5",
                "210203001/F/12-14", "<5",
                "210203002/F/6-11", "7"));
    assertThat(reports.getString("total")).isEqualTo("16");
    assertThat(reports.getString("unit")).isEqualTo("count");
    assertThat(reports.getString("status")).isEqualTo("NO_TARGET");

    // one street's answer: its cells and its total, from the same protected release
    JsonObject street = indicator(indicators("year=" + YEAR + "&street=210203001"), "CP_REPORTS");
    assertThat(cells(street)).hasSize(3).doesNotContainKey("210203002/F/6-11");
    assertThat(street.getString("total")).isEqualTo("9");

    // no field names anyone or any case
    String body = answer.toString();
    for (String n : names) {
      assertThat(body).doesNotContain(n);
    }
    for (String n : numbers) {
      assertThat(body).doesNotContain(n);
    }
    assertThat(body).doesNotContain("指标来电人");
  }

  @Test
  void aCellTheTotalWouldGiveAwayIsHiddenToo() {
    JsonObject calls = indicator(indicators("year=" + YEAR), "WR_HOTLINE_CALLS");
    // 6 = 5 + 1: the 1 is "<5", and the 5 goes with it, or 6 − 5 would give it back
    assertThat(cells(calls))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("PROPERTY_RIGHTS/F/35-59", "x", "SEXUAL_HARASSMENT/F/18-34", "<5"));
    assertThat(calls.getString("total")).isEqualTo("6");
    // the share acted on: 3 of 6, but 3 is a small count, so the rate is hidden
    JsonObject actioned = indicator(indicators("year=" + YEAR), "WR_HOTLINE_ACTIONED");
    assertThat(actioned.getString("unit")).isEqualTo("rate");
    assertThat(actioned.getString("total")).isEqualTo("x");
    // a quarter is its own answer: the calls came in March
    assertThat(
            indicator(indicators("year=" + YEAR + "&quarter=2"), "WR_HOTLINE_CALLS")
                .getString("total"))
        .isEqualTo("0");
  }

  @Test
  void staffingCoverageIsARateWithoutPersonalData() {
    JsonObject answer = indicators("year=" + YEAR);
    for (String code : List.of("STAFF_SUPERVISOR_COVERAGE", "STAFF_DIRECTOR_COVERAGE")) {
      JsonObject coverage = indicator(answer, code);
      assertThat(coverage.getString("target")).isEqualTo("100%");
      // streets and communities identify nobody: the rate is published as counted
      assertThat(coverage.getString("total")).matches("\\d{1,3}\\.\\d%");
      assertThat(coverage.getString("status"))
          .isIn("ON_TRACK", "AT_RISK", "OFF_TRACK", "NO_TARGET");
    }
    assertThat(answer.toString()).doesNotContain("supervisor-a").doesNotContain("@shouhu.test");
  }

  @Test
  void onlyTheStatisticsOfficeAndTheAdminReadIndicators() {
    assertThat(http.get(Http.API + "/indicators?year=" + YEAR, http.token("admin1")).statusCode())
        .isEqualTo(200);
    for (String user :
        List.of("director-a", "supervisor-a", "caseworker1", "hotline1", "legalaid1", "auditor1")) {
      assertProblem(http.get(Http.API + "/indicators?year=" + YEAR, http.token(user)), 403);
    }
    assertProblem(http.get(Http.API + "/indicators", http.token("stats1")), 422);
    assertProblem(http.get(Http.API + "/indicators?year=1999", http.token("stats1")), 422);
    assertProblem(
        http.get(Http.API + "/indicators?year=2017&quarter=5", http.token("stats1")), 422);
    assertProblem(
        http.get(Http.API + "/indicators?year=2017&street=210203001001", http.token("stats1")),
        422);
    // the statistician never reaches a case: her case list is empty, whatever exists
    JsonObject cases = Http.json(http.get(Http.API + "/cases", http.token("stats1")).body());
    assertThat(cases.getInt("total")).isZero();
  }

  @Test
  void theStatisticianEntersDenominatorsAllOrNothingAndLogged() {
    String url = Http.API + "/denominators/" + YEAR;
    String good =
        "{\"rows\": [{\"street\": \"210203001\", \"name\": \"CHILDREN_0_17\", \"value\": 1200}]}";
    HttpResponse<String> entered = http.put(url, http.token("stats1"), good);
    assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
    assertThat(entered.body()).contains("1200").contains("stats1");
    // a bad row refuses the whole request, on its field
    String bad =
        "{\"rows\": [{\"street\": \"210203001\", \"name\": \"CHILDREN_0_17\", \"value\": 1300},"
            + " {\"street\": \"210203001001\", \"name\": \"CHILDREN_0_17\", \"value\": 5}]}";
    assertThat(assertProblem(http.put(url, http.token("stats1"), bad), 422).toString())
        .contains("rows[1].street");
    HttpResponse<String> read = http.get(url, http.token("admin1"));
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("1200").doesNotContain("1300");
    assertProblem(http.put(url, http.token("admin1"), good), 403);
    assertProblem(http.get(url, http.token("director-a")), 403);
    // in the access log, like any other write
    HttpResponse<String> log = http.get(Http.API + "/audit?user=stats1", http.token("auditor1"));
    assertThat(log.body()).contains("DENOMINATOR");
  }

  private JsonObject ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response.body());
  }

  @Test
  void theChildProtectionRatesOfTheKnownYear() {
    JsonObject answer = indicators("year=" + YEAR);
    // every report came from a school: all mandated
    assertThat(indicator(answer, "CP_MANDATED_SHARE").getString("total")).isEqualTo("100.0%");
    // nobody was contacted or assessed: 0 of 16, published (0 is never hidden)
    JsonObject contact = indicator(answer, "CP_FIRST_CONTACT_ON_TIME");
    assertThat(contact.getString("total")).isEqualTo("0.0%");
    assertThat(cells(contact))
        .containsExactlyInAnyOrderEntriesOf(Map.of("210203001", "0.0%", "210203002", "0.0%"));
    assertThat(indicator(answer, "CP_ASSESSED_ON_TIME").getString("total")).isEqualTo("0.0%");
    assertThat(indicator(answer, "CP_HOTLINE").getString("total")).isEqualTo("0");
  }

  @Test
  void domesticViolenceOnTheLegalClockInAKnownYear() {
    String shelter =
        ok(
                http.post(
                    Http.API + "/shelters",
                    http.token("admin1"),
                    "application/json",
                    "{\"name\": \"指标庇护站 "
                        + System.nanoTime()
                        + "\", \"address\": \"某路 1 号\", \"capacity\": 10}"),
                201)
            .getString("id");
    for (int i = 0; i < 5; i++) {
      String name = "指标受害人" + "甲乙丙丁戊".charAt(i);
      names.add(name);
      String id =
          intakes
              .create(
                  "caseworker1",
                  Intakes.report("210203001001")
                      .add("kind", "DOMESTIC_VIOLENCE")
                      .add("category", "PHYSICAL")
                      .add("receivedAt", "2018-04-01T10:00:00+08:00")
                      .add(
                          "subject",
                          Json.createObjectBuilder()
                              .add("name", name)
                              .add("sex", "F")
                              .add("birthDate", "1990-02-01"))
                      .build())
              .getString("id");
      ok(
          intakes.act(
              "caseworker1",
              id,
              "warnings",
              "{\"issuedBy\": \"八一路派出所\", \"issuedAt\": \"2018-04-02T10:00:00+08:00\"}"),
          201);
      String order =
          ok(
                  intakes.act(
                      "caseworker1",
                      id,
                      "protection-orders",
                      "{\"applicant\": \"VICTIM\", \"court\": \"西岗区人民法院\","
                          + " \"appliedAt\": \"2018-04-03T09:00:00+08:00\","
                          + " \"acceptedAt\": \"2018-04-03T10:00:00+08:00\", \"urgent\": false}"),
                  201)
              .getString("id");
      ok(
          intakes.act(
              "caseworker1",
              id,
              "protection-orders/" + order + "/ruling",
              "{\"decision\": \"ISSUED\", \"ruledAt\": \"2018-04-04T10:00:00+08:00\","
                  + " \"measures\": [\"NO_VIOLENCE\"], \"validUntil\": \"2018-09-30\"}"),
          200);
      ok(
          intakes.act(
              "caseworker1",
              id,
              "protection-orders/" + order + "/violations",
              "{\"at\": \"2018-05-01T10:00:00+08:00\", \"policeReport\": \"JJ-1\"}"),
          201);
      ok(
          intakes.act(
              "caseworker1",
              id,
              "shelter-stays",
              "{\"shelter\": \"" + shelter + "\", \"from\": \"2018-04-05T10:00:00+08:00\"}"),
          201);
    }
    JsonObject answer = indicators("year=2018");
    assertThat(cells(indicator(answer, "DV_CASES")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("210203001/F/18-34", "5"));
    assertThat(indicator(answer, "DV_MANDATORY_REPORTS").getString("total")).isEqualTo("100.0%");
    assertThat(cells(indicator(answer, "DV_WARNINGS")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("210203001", "5"));
    assertThat(cells(indicator(answer, "PO_APPLIED")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("VICTIM", "5"));
    assertThat(cells(indicator(answer, "PO_ISSUED")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("F/18-34", "5"));
    JsonObject onTime = indicator(answer, "PO_RULED_ON_TIME");
    assertThat(cells(onTime)).containsExactlyInAnyOrderEntriesOf(Map.of("false", "100.0%"));
    assertThat(onTime.getString("status")).isEqualTo("ON_TRACK");
    assertThat(cells(indicator(answer, "PO_VIOLATIONS")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("210203001", "5"));
    assertThat(cells(indicator(answer, "DV_SHELTER")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("F/18-34", "5"));
    for (String n : names) {
      assertThat(answer.toString()).doesNotContain(n);
    }
  }

  private void report2015(String name) {
    names.add(name);
    intakes.create(
        "caseworker1",
        Intakes.report("210203001001")
            .add("receivedAt", "2015-05-10T10:00:00+08:00")
            .add(
                "subject",
                Json.createObjectBuilder()
                    .add("name", name)
                    .add("sex", "F")
                    .add("birthDate", "2010-01-01"))
            .build());
  }

  private HttpResponse<String> publish(String user, int year) {
    return http.post(
        Http.API + "/indicators/releases",
        http.token(user),
        "application/json",
        "{\"year\": " + year + "}");
  }

  @Test
  void aPublishedYearIsFrozenUntilItsNextVersion() {
    for (int i = 0; i < 6; i++) {
      report2015("发布测试" + "甲乙丙丁戊己".charAt(i));
    }
    assertProblem(publish("admin1", 2015), 403);
    JsonObject first = ok(publish("stats1", 2015), 201);
    assertThat(first.getInt("version")).isEqualTo(1);
    JsonObject frozen = indicators("year=2015");
    assertThat(frozen.getInt("version")).isEqualTo(1);
    assertThat(frozen.getString("publishedAt")).isNotBlank();
    assertThat(indicator(frozen, "CP_REPORTS").getString("total")).isEqualTo("6");

    // a case of 2015 comes to light later: the published year does not move
    report2015("发布测试庚");
    assertThat(indicator(indicators("year=2015"), "CP_REPORTS").getString("total")).isEqualTo("6");
    assertThat(indicator(indicators("year=2015&street=210203001"), "CP_REPORTS").getString("total"))
        .isEqualTo("6");
    // (a quarter is never frozen: it counts what is there now)
    assertThat(indicator(indicators("year=2015&quarter=2"), "CP_REPORTS").getString("total"))
        .isEqualTo("7");

    // the correction is a new version, with what changed
    JsonObject second = ok(publish("stats1", 2015), 201);
    assertThat(second.getInt("version")).isEqualTo(2);
    assertThat(second.getJsonArray("differences").stream().map(JsonValue::asJsonObject))
        .anySatisfy(
            d -> {
              assertThat(d.getString("street")).isEmpty();
              assertThat(d.getString("indicator")).isEqualTo("CP_REPORTS");
              assertThat(d.getString("cell")).isEmpty();
              assertThat(d.getString("from")).isEqualTo("6");
              assertThat(d.getString("to")).isEqualTo("7");
            });
    JsonObject now = indicators("year=2015");
    assertThat(now.getInt("version")).isEqualTo(2);
    assertThat(indicator(now, "CP_REPORTS").getString("total")).isEqualTo("7");
    HttpResponse<String> versions =
        http.get(Http.API + "/indicators/releases?year=2015", http.token("admin1"));
    assertThat(Http.jsonArray(versions.body())).hasSize(2);
    assertThat(versions.body()).doesNotContain("发布测试");
  }

  @Test
  void aLegalClockMissedEveryTimeIsOffTrackWithTheRuleInWords() {
    for (int i = 0; i < 5; i++) {
      String name = "超时裁定" + "甲乙丙丁戊".charAt(i);
      names.add(name);
      String id =
          intakes
              .create(
                  "caseworker1",
                  Intakes.report("210203001001")
                      .add("kind", "DOMESTIC_VIOLENCE")
                      .add("category", "PHYSICAL")
                      .add("receivedAt", "2014-03-01T09:00:00+08:00")
                      .add("subject", Json.createObjectBuilder().add("name", name).add("sex", "F"))
                      .build())
              .getString("id");
      String order =
          ok(
                  intakes.act(
                      "caseworker1",
                      id,
                      "protection-orders",
                      "{\"applicant\": \"VICTIM\", \"court\": \"西岗区人民法院\","
                          + " \"appliedAt\": \"2014-03-01T09:30:00+08:00\","
                          + " \"acceptedAt\": \"2014-03-01T10:00:00+08:00\", \"urgent\": false}"),
                  201)
              .getString("id");
      // ruled nine days later: the 72 hours of art. 28 were missed
      ok(
          intakes.act(
              "caseworker1",
              id,
              "protection-orders/" + order + "/ruling",
              "{\"decision\": \"ISSUED\", \"ruledAt\": \"2014-03-10T10:00:00+08:00\","
                  + " \"measures\": [\"NO_VIOLENCE\"], \"validUntil\": \"2014-06-30\"}"),
          200);
    }
    JsonObject onTime = indicator(indicators("year=2014"), "PO_RULED_ON_TIME");
    assertThat(onTime.getString("total")).isEqualTo("0.0%");
    assertThat(onTime.getString("status")).isEqualTo("OFF_TRACK");
    assertThat(onTime.getString("statusRule")).contains("100").contains("2014").contains("0.0%");
    HttpResponse<String> warnings =
        http.get(Http.API + "/indicators/warnings?year=2014", http.token("stats1"));
    assertThat(warnings.statusCode()).as(warnings.body()).isEqualTo(200);
    assertThat(warnings.body()).contains("PO_RULED_ON_TIME");
    assertProblem(
        http.get(Http.API + "/indicators/warnings?year=2014", http.token("caseworker1")), 403);
  }
}
