package org.shouhu.launcher;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the launcher's own checks (the local run's smoke test, the payment run's crash test) share:
 * a token from Keycloak, plain HTTP calls, a field read from a JSON answer, and the tally of checks.
 */
final class Rest {

  private Rest() {}

  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final List<String> FAILURES = new ArrayList<>();
  private static int passed;

  /** Prints the tally; the exit code: 0 when every check passed. */
  static int summary(String name) {
    System.out.println();
    FAILURES.forEach(failure -> System.out.println("FAILED: " + failure));
    System.out.println(name + ": " + passed + " passed, " + FAILURES.size() + " failed");
    return FAILURES.isEmpty() ? 0 : 1;
  }

  static String bool(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(true|false)").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  static long number(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  static HttpResponse<String> post(String url, String token, String body, String key)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static void check(String what, boolean ok, HttpResponse<String> response) {
    if (ok) {
      passed++;
      System.out.println("ok   " + what);
    } else {
      FAILURES.add(what + " (HTTP " + response.statusCode() + ": " + response.body() + ")");
      System.out.println("FAIL " + what);
    }
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  static String token(String provider, String user) throws Exception {
    String form =
        "grant_type=password&client_id=shouhu-cli&password=demo&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(provider + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String token = field(response.body(), "access_token");
    if (token == null) {
      throw new IllegalStateException("no token for " + user + ": " + response.body());
    }
    return token;
  }

  static HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
