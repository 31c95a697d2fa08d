package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who gets in: real Keycloak tokens, no redirects on the API, roles enforced. */
class SecurityIT extends DeployedShouhu {

  private final Http http = new Http();

  @Test
  void everyDemoUsersTokenOpensTheApi() {
    for (String user : Http.DEMO_USERS) {
      HttpResponse<String> response = http.get(Http.API + "/jurisdictions", http.token(user));
      assertThat(response.statusCode()).as(user).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"*/*", "text/html", "application/json", "text/html,application/xhtml+xml"})
  void withoutATokenTheApiAnswers401AndNeverRedirects(String accept) {
    HttpResponse<String> response =
        http.get(Http.API + "/jurisdictions", null, "Accept", accept, "Accept-Language", "en");

    assertProblem(response, 401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    assertThat(response.headers().firstValue("Location")).isEmpty();
    assertThat(Http.json(response.body()).getString("detail")).contains("log in");
  }

  @Test
  void withoutAnAcceptLanguageHeaderTheAnswerIsChineseNotTheServersLanguage() {
    HttpResponse<String> response = http.get(Http.API + "/jurisdictions", null);
    assertThat(Http.json(response.body()).getString("detail")).contains("请先登录");
  }

  @Test
  void pathTricksDoNotReachTheApiWithoutAToken() {
    for (String path :
        new String[] {"/shouhu/api;x=1/v1/jurisdictions", "/shouhu//api/v1/jurisdictions"}) {
      HttpResponse<String> response =
          http.send(HttpRequest.newBuilder(URI.create(Http.SERVER + path)).GET());
      assertThat(response.statusCode()).as(path).isIn(401, 404);
      assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
    }
  }

  @Test
  void aGarbageOrTamperedTokenIs401() {
    String real = http.token("director-a");
    String tampered =
        real.substring(0, real.length() - 4) + (real.endsWith("AAAA") ? "BBBB" : "AAAA");
    for (String token : new String[] {"garbage", "a.b.c", tampered}) {
      HttpResponse<String> response = http.get(Http.API + "/jurisdictions", token);
      assertProblem(response, 401);
      assertThat(response.headers().firstValue("Location")).isEmpty();
    }
  }

  @Test
  void theAdminOnlyReloadIs403ForEveryOtherRole() {
    Arrays.stream(Http.DEMO_USERS)
        .filter(user -> !user.equals("admin1"))
        .forEach(
            user -> {
              HttpResponse<String> response =
                  http.post(
                      Http.API + "/jurisdictions/reload",
                      http.token(user),
                      "application/json",
                      "{\"dryRun\": true}");
              assertProblem(response, 403);
            });
    HttpResponse<String> admin =
        http.post(
            Http.API + "/jurisdictions/reload",
            http.token("admin1"),
            "application/json",
            "{\"dryRun\": true}");
    assertThat(admin.statusCode()).isEqualTo(200);
  }

  @Test
  void systemInformationIsForAdministratorsOnly() {
    assertProblem(http.get(Http.API + "/system", http.token("caseworker1")), 403);
    assertThat(http.get(Http.API + "/system", http.token("admin1")).statusCode()).isEqualTo(200);
  }
}
