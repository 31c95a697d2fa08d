package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Domestic violence over REST as API.md writes it: police written warnings, protection orders on
 * the legal clock (application, ruling, service, breach, extension, reconsideration) and the
 * printed application.
 */
class DomesticViolenceIT extends DeployedShouhu {

  private static final String VICTIM = "欧阳秀兰";
  private static final String RESPONDENT = "张大力";

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  private static OffsetDateTime daysAgo(int days) {
    return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(days).withNano(0);
  }

  private String dvCase() {
    return intakes
        .create(
            "caseworker1",
            Intakes.report("210203001001")
                .add("channel", "HOTLINE_12338")
                .add("kind", "DOMESTIC_VIOLENCE")
                .add("category", "PHYSICAL")
                .add("receivedAt", daysAgo(20).toString())
                .add("summary", "丈夫多次殴打，最近一次致手臂骨折。")
                .add(
                    "subject",
                    Json.createObjectBuilder()
                        .add("name", VICTIM)
                        .add("sex", "F")
                        .add("birthDate", "1988-03-12"))
                .add(
                    "people",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("role", "RESPONDENT")
                                .add(
                                    "person",
                                    Json.createObjectBuilder()
                                        .add("name", RESPONDENT)
                                        .add("sex", "M"))))
                .build())
        .getString("id");
  }

  private JsonObject ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response.body());
  }

  private JsonObject read(String user, String id) {
    return ok(intakes.get(user, id), 200);
  }

  private static boolean hasDeadline(JsonObject c, String name) {
    return c.getJsonArray("deadlines").stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(d -> d.getString("name").equals(name));
  }

  private JsonObject apply(String id, OffsetDateTime accepted, boolean urgent) {
    return ok(
        intakes.act(
            "caseworker1",
            id,
            "protection-orders",
            Json.createObjectBuilder()
                .add("applicant", "WOMENS_FEDERATION")
                .add("court", "大连市西岗区人民法院")
                .add("appliedAt", accepted.minusHours(3).toString())
                .add("acceptedAt", accepted.toString())
                .add("urgent", urgent)
                .add("measures", Json.createArrayBuilder().add("NO_VIOLENCE").add("MOVE_OUT"))
                .build()
                .toString()),
        201);
  }

  private HttpResponse<String> rule(
      String id, String order, String decision, OffsetDateTime at, LocalDate until) {
    var body =
        Json.createObjectBuilder()
            .add("decision", decision)
            .add("ruledAt", at.toString())
            .add("measures", Json.createArrayBuilder().add("NO_VIOLENCE").add("NO_HARASSMENT"));
    if (until != null) {
      body.add("validUntil", until.toString());
    }
    return intakes.act(
        "caseworker1", id, "protection-orders/" + order + "/ruling", body.build().toString());
  }

  @Test
  void aWarningWithItsScanStartsTheFollowUpVisits() {
    String id = dvCase();
    String scan =
        Http.json(
                Files.upload(
                        http,
                        "caseworker1",
                        id,
                        "告诫书.pdf",
                        "application/pdf",
                        Files.pdf(),
                        "POLICE_WARNING")
                    .body())
            .getString("id");
    assertProblem(
        intakes.act(
            "caseworker1",
            id,
            "warnings",
            "{\"issuedBy\": \"八一路派出所\", \"issuedAt\": \""
                + daysAgo(2)
                + "\", \"attachment\": \"no-such-file\"}"),
        422);
    JsonObject warning =
        ok(
            intakes.act(
                "caseworker1",
                id,
                "warnings",
                Json.createObjectBuilder()
                    .add("issuedBy", "西岗公安分局八一路派出所")
                    .add("issuedAt", daysAgo(2).toString())
                    .add("number", "西公（八）告字〔2026〕15号")
                    .add("attachment", scan)
                    .build()
                    .toString()),
            201);
    assertThat(warning.getString("attachment")).isEqualTo(scan);
    JsonObject c = read("caseworker1", id);
    assertThat(c.getJsonArray("warnings")).hasSize(1);
    assertThat(hasDeadline(c, "WARNING_VISIT_1")).isTrue();

    String child =
        intakes.create("director-a", Intakes.report("210203001001").build()).getString("id");
    assertProblem(
        intakes.act(
            "director-a",
            child,
            "warnings",
            "{\"issuedBy\": \"派出所\", \"issuedAt\": \"" + daysAgo(1) + "\"}"),
        422);
  }

  @Test
  void anOrderRunsOnTheLegalClockFromApplicationToExtension() {
    String id = dvCase();
    OffsetDateTime accepted = daysAgo(10);
    JsonObject order = apply(id, accepted, false);
    assertThat(order.getString("status")).isEqualTo("PENDING");
    assertThat(OffsetDateTime.parse(order.getString("rulingDueAt")).toInstant())
        .isEqualTo(accepted.plusHours(72).toInstant());
    assertThat(hasDeadline(read("caseworker1", id), "PROTECTION_ORDER_RULING")).isTrue();
    String orderId = order.getString("id");

    OffsetDateTime ruled = accepted.plusDays(2);
    LocalDate ruledDay = ruled.toLocalDate();
    assertProblem(rule(id, orderId, "ISSUED", accepted.minusHours(1), ruledDay.plusMonths(3)), 422);
    JsonObject tooLong =
        assertProblem(rule(id, orderId, "ISSUED", ruled, ruledDay.plusMonths(6).plusDays(1)), 422);
    assertThat(tooLong.toString()).contains("validUntil");
    JsonObject issued = ok(rule(id, orderId, "ISSUED", ruled, ruledDay.plusMonths(1)), 200);
    assertThat(issued.getString("status")).isEqualTo("ISSUED");
    assertThat(issued.getString("validUntil")).isEqualTo(ruledDay.plusMonths(1).toString());
    assertThat(issued.getJsonArray("measures").toString()).contains("NO_HARASSMENT");
    assertThat(hasDeadline(read("caseworker1", id), "ORDER_EXPIRY")).isTrue();

    ok(
        intakes.act(
            "caseworker1",
            id,
            "protection-orders/" + orderId + "/service",
            "{\"servedOn\": [\"RESPONDENT\", \"POLICE\", \"RESIDENTS_COMMITTEE\"], \"at\": \""
                + ruled.plusHours(5)
                + "\"}"),
        200);
    JsonObject breach =
        ok(
            intakes.act(
                "caseworker1",
                id,
                "protection-orders/" + orderId + "/violations",
                "{\"at\": \""
                    + daysAgo(3)
                    + "\", \"policeReport\": \"JJ-2026-3301\", \"notes\": \"在单位门口骚扰\"}"),
            201);
    assertThat(breach.getString("policeReport")).isEqualTo("JJ-2026-3301");
    ok(
        intakes.act(
            "caseworker1",
            id,
            "protection-orders/" + orderId + "/reconsiderations",
            "{\"party\": \"RESPONDENT\", \"at\": \"" + ruled.plusDays(1) + "\"}"),
        201);

    // an extension counts its six months from its own ruling
    OffsetDateTime extended = daysAgo(1);
    LocalDate latest = extended.toLocalDate().plusMonths(6);
    assertThat(latest).isAfter(ruledDay.plusMonths(6));
    JsonObject longer = ok(rule(id, orderId, "EXTENDED", extended, latest), 200);
    assertThat(longer.getString("validUntil")).isEqualTo(latest.toString());
    assertThat(longer.getJsonArray("rulings")).hasSize(2);
    assertThat(longer.getJsonArray("services")).hasSize(1);
    assertThat(read("caseworker1", id).getJsonArray("protectionOrders")).hasSize(1);
  }

  @Test
  void anUrgentApplicationIsRuledWithin24HoursAndAChildProtectionCaseHasNoOrders() {
    String id = dvCase();
    OffsetDateTime accepted = daysAgo(0).minusHours(2);
    JsonObject order = apply(id, accepted, true);
    assertThat(OffsetDateTime.parse(order.getString("rulingDueAt")).toInstant())
        .isEqualTo(accepted.plusHours(24).toInstant());
    JsonObject list = ok(http.get(Http.API + "/protection-orders", http.token("caseworker1")), 200);
    assertThat(list.getJsonArray("pending").toString()).contains(order.getString("id"));

    String child =
        intakes.create("director-a", Intakes.report("210203001001").build()).getString("id");
    JsonObject refused =
        assertProblem(
            intakes.act(
                "director-a",
                child,
                "protection-orders",
                "{\"applicant\": \"VICTIM\", \"court\": \"法院\", \"appliedAt\": \""
                    + daysAgo(1)
                    + "\", \"acceptedAt\": \""
                    + daysAgo(1)
                    + "\"}"),
            422);
    assertThat(refused.toString()).contains("kind");
  }

  @Test
  void thePrintedApplicationNamesVictimAndRespondentInChineseAndOnlyForHandlers() throws Exception {
    String id = dvCase();
    String order = apply(id, daysAgo(1), false).getString("id");
    String url = Http.API + "/cases/" + id + "/protection-orders/" + order + "/application.pdf";
    HttpResponse<byte[]> pdf =
        http.sendBytes(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Bearer " + http.token("caseworker1")));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains(VICTIM).contains(RESPONDENT).contains("大连市西岗区人民法院");
      assertThat(text).contains("■ 责令被申请人迁出申请人住所");
    }
    String log =
        http.get(Http.API + "/audit?case=" + id + "&size=100", http.token("auditor1")).body();
    assertThat(log).contains("ORDER_APPLICATION_FORM");

    assertThat(http.get(url, http.token("director-b")).statusCode()).isEqualTo(404);
    assertThat(http.get(url, http.token("legalaid1")).statusCode()).isEqualTo(403);
  }
}
