package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;

/** Rehabilitation cases and designated institutions as the tests need them, through REST. */
final class RehabCases {

  private final Http http;
  private final Intakes intakes;

  RehabCases(Http http) {
    this.http = http;
    this.intakes = new Intakes(http);
  }

  /**
   * The id of the institution of that name, designated for {@code items} (added once by admin1).
   */
  String institution(String name, String items) {
    HttpResponse<String> added =
        http.post(
            Http.API + "/rehab-institutions",
            http.token("admin1"),
            "application/json",
            "{\"name\": \"" + name + "\", \"items\": " + items + "}");
    assertThat(added.statusCode()).as(added.body()).isIn(201, 409);
    return Http.jsonArray(
            http.get(Http.API + "/rehab-institutions", http.token("caseworker1")).body())
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  /** A new DISABLED_CHILD_REHAB case of a child in 210203001001. */
  String child(String name, String sex, String birthDate, String receivedAt) {
    return intakes
        .create(
            "director-a",
            Intakes.report("210203001001")
                .add("kind", "DISABLED_CHILD_REHAB")
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
}
