package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Orphan-support cases as the tests need them, through the REST API: a child's case in director-a's
 * community, its support file applied, verified by supervisor-a and confirmed by caseworker1, the
 * allowance standards, a month's payment run.
 */
final class Orphans {

  private final Http http;
  private final Intakes intakes;

  Orphans(Http http) {
    this.http = http;
    this.intakes = new Intakes(http);
  }

  /** A new ORPHAN_SUPPORT case of a child in 210203001001. */
  String child(String name, String sex, String birthDate, String receivedAt) {
    return intakes
        .create(
            "director-a",
            Intakes.report("210203001001")
                .add("kind", "ORPHAN_SUPPORT")
                .add("category", "OTHER")
                .add("receivedAt", receivedAt)
                .add(
                    "subject",
                    Json.createObjectBuilder()
                        .add("name", name)
                        .add("sex", sex)
                        .add("birthDate", birthDate))
                .build())
        .getString("id");
  }

  /** An application (no dates for the parents' situations). */
  static String application(
      String category,
      String father,
      String mother,
      String placement,
      String payeeKind,
      String payee,
      String account,
      String otherBenefit,
      String appliedAt) {
    return "{\"category\": \""
        + category
        + "\", \"grounds\": {\"father\": {\"situation\": \""
        + father
        + "\"}, \"mother\": {\"situation\": \""
        + mother
        + "\"}}, \"placement\": \""
        + placement
        + "\", \"payee\": {\"kind\": \""
        + payeeKind
        + "\", \"name\": \""
        + payee
        + "\", \"bankAccount\": \""
        + account
        + "\"}, \"otherBenefitMonthly\": \""
        + otherBenefit
        + "\", \"appliedAt\": \""
        + appliedAt
        + "\"}";
  }

  /** Applies (director-a); 201. */
  void apply(String caseId, String application) {
    ok(intakes.act("director-a", caseId, "support-file", application), 201);
  }

  /** Applies, verifies at {@code verifiedAt} and confirms at {@code confirmedAt}: the file. */
  JsonObject confirmed(String caseId, String application, String verifiedAt, String confirmedAt) {
    apply(caseId, application);
    ok(
        intakes.act(
            "supervisor-a",
            caseId,
            "support-file/verification",
            "{\"decision\": \"VERIFIED\", \"at\": \"" + verifiedAt + "\"}"),
        200);
    return ok(
        intakes.act(
            "caseworker1",
            caseId,
            "support-file/confirmation",
            "{\"decision\": \"CONFIRMED\", \"at\": \"" + confirmedAt + "\"}"),
        200);
  }

  /** A standard from {@code from} (201, or 409 when another test entered that month's). */
  void standard(String category, String monthly, String from) {
    HttpResponse<String> r =
        http.post(
            Http.API + "/allowance-standards",
            http.token("admin1"),
            "application/json",
            "{\"category\": \""
                + category
                + "\", \"monthly\": \""
                + monthly
                + "\", \"from\": \""
                + from
                + "\"}");
    assertThat(r.statusCode()).as(r.body()).isIn(201, 409);
  }

  HttpResponse<String> start(String token, String month) {
    return http.post(
        Http.API + "/payment-runs", token, "application/json", "{\"month\": \"" + month + "\"}");
  }

  /** The run once it has finished (the page polls the same way). */
  JsonObject finished(String runId) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      JsonObject run =
          ok(http.get(Http.API + "/payment-runs/" + runId, http.token("caseworker1")), 200);
      if (!run.getString("status").equals("RUNNING") || Instant.now().isAfter(until)) {
        return run;
      }
      Thread.sleep(200);
    }
  }

  /** The month's run, started by caseworker1, once finished. */
  JsonObject paid(String month) throws InterruptedException {
    return finished(ok(start(http.token("caseworker1"), month), 202).getString("id"));
  }

  static JsonObject ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response.body());
  }
}
