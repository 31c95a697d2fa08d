package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** What every error answer must be: problem+json with the status, and nothing internal. */
final class Problems {

  private Problems() {}

  static JsonObject assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertNoInternals(response.body());
    JsonObject problem = Http.json(response.body());
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
    return problem;
  }

  static void assertNoInternals(String body) {
    assertThat(body)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("org.shouhu")
        .doesNotContain("jakarta.")
        .doesNotContainIgnoringCase("select ")
        .doesNotContainIgnoringCase("sql");
  }
}
