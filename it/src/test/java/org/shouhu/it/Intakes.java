package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Intake bodies and calls for the case tests; every test makes its own people and cases. */
final class Intakes {

  private final Http http;

  Intakes(Http http) {
    this.http = http;
  }

  /** A child-protection report for a new, unique child in {@code community}. */
  static JsonObjectBuilder report(String community) {
    return Json.createObjectBuilder()
        .add("channel", "MANDATORY_REPORT")
        .add("kind", "CHILD_PROTECTION")
        .add("receivedAt", "2026-11-28T10:15:00+08:00")
        .add("jurisdiction", community)
        .add("urgent", false)
        .add("category", "NEGLECT")
        .add("summary", "测试报告 " + UUID.randomUUID())
        .add(
            "reporter",
            Json.createObjectBuilder()
                .add("type", "SCHOOL")
                .add("name", "长江路小学")
                .add("phone", "0411-88881234"))
        .add(
            "subject",
            Json.createObjectBuilder()
                .add(
                    "name",
                    "测试儿童" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "甲"))
                .add("sex", "F")
                .add("birthDate", "2016-05-04"));
  }

  /** A valid resident ID number of a child born 2010–2019, different on each call. */
  static String randomResidentId() {
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    String body =
        String.format(
            "210203%04d%02d%02d%03d",
            2010 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(1000));
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  HttpResponse<String> post(String user, JsonObject body, String... headers) {
    return http.post(
        Http.API + "/intakes", http.token(user), "application/json", body.toString(), headers);
  }

  /** Creates a case and returns it (201 checked). */
  JsonObject create(String user, JsonObject body) {
    HttpResponse<String> response = post(user, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Http.json(response.body());
  }

  HttpResponse<String> get(String user, String caseId) {
    return http.get(Http.API + "/cases/" + caseId, http.token(user));
  }

  HttpResponse<String> act(String user, String caseId, String action, String body) {
    return http.post(
        Http.API + "/cases/" + caseId + "/" + action, http.token(user), "application/json", body);
  }
}
