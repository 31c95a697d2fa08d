package org.shouhu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.Channel;
import org.shouhu.casework.domain.ReporterType;

/**
 * Shouhu's REST API and Keycloak, as a client sees them: bearer tokens from the password grant
 * (client {@code shouhu-cli}), renewed before they expire; JSON in and out.
 */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String PASSWORD = "demo";

  final String shouhu; // http://host:port/shouhu
  final String realm; // http://host:port/realms/shouhu
  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  private record Token(String value, long renewAt) {}

  Api(String shouhu, String realm) {
    this.shouhu = shouhu;
    this.realm = realm;
  }

  /**
   * A valid access token of {@code user} (renewed at half its life). One at a time: Keycloak
   * refuses concurrent first logins of one user while it upgrades her stored password hash.
   */
  synchronized String token(String user) throws IOException, InterruptedException {
    Token token = tokens.get(user);
    if (token == null || System.currentTimeMillis() > token.renewAt()) {
      JsonNode answer =
          post(
              realm + "/protocol/openid-connect/token",
              Map.of(
                  "grant_type",
                  "password",
                  "client_id",
                  "shouhu-cli",
                  "username",
                  user,
                  "password",
                  PASSWORD));
      token =
          new Token(
              answer.path("access_token").asText(),
              System.currentTimeMillis() + answer.path("expires_in").asLong(60) * 500);
      tokens.put(user, token);
    }
    return token.value();
  }

  JsonNode post(String url, Map<String, String> form) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(url + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A call to Shouhu's API as {@code user}; anything but {@code expected} is an error. */
  JsonNode call(String user, String method, String path, Object body, int expected)
      throws IOException, InterruptedException {
    HttpRequest request =
        request(shouhu + "/api/v1" + path, token(user), method, body)
            .timeout(Duration.ofMinutes(10))
            .header("Accept", "application/json")
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IOException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
  }

  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A new intake as a hotline operator types it: a child-protection report or a woman's call. */
  static ObjectNode intake(Generator generator, long key, String community) {
    SplittableRandom r = Generator.random(key, 7);
    CaseKind kind = r.nextInt(100) < 50 ? CaseKind.CHILD_PROTECTION : CaseKind.DOMESTIC_VIOLENCE;
    boolean child = kind == CaseKind.CHILD_PROTECTION;
    Generator.PersonRow p = generator.newcomer(key, child);
    ObjectNode body = JSON.createObjectNode();
    body.put(
        "channel", child ? Channel.CHILD_PROTECTION_HOTLINE.name() : Channel.HOTLINE_12338.name());
    body.put("kind", kind.name());
    body.put(
        "receivedAt",
        OffsetDateTime.now(ZoneOffset.ofHours(8))
            .minusMinutes(5 + r.nextInt(60))
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    body.put("jurisdiction", community);
    body.put("urgent", false);
    body.put("category", Generator.category(kind, r).name());
    body.put("summary", Generator.summary(r));
    if (child) {
      ObjectNode reporter = body.putObject("reporter");
      reporter.put("type", ReporterType.SCHOOL.name());
      reporter.put("name", "王老师");
      reporter.put("phone", Generator.mobile(r));
      reporter.put("anonymous", false);
    }
    ObjectNode subject = body.putObject("subject");
    subject.put("name", p.name());
    subject.put("sex", p.sex());
    subject.put("birthDate", p.birthDate().toString());
    subject.put("idType", "RESIDENT_ID");
    subject.put("idNumber", Generator.residentId(key, p.birthDate(), p.sex()));
    subject.put("phone", p.phone());
    subject.put("address", p.address());
    return body;
  }

  // ------------------------------------------------------------------ Keycloak users
  /** The user name of the benchmark's street supervisor {@code n} (from 0): bench-sup-01… */
  static String supervisor(int n) {
    return String.format("bench-sup-%02d", n + 1);
  }

  /**
   * Creates (once) street supervisors {@code bench-sup-NN} on the given streets, as an admin would
   * in the Keycloak console, so that each simulated supervisor has her own street.
   */
  void createSupervisors(String keycloak, List<String> streets)
      throws IOException, InterruptedException {
    String admin =
        post(
                keycloak + "/realms/master/protocol/openid-connect/token",
                Map.of(
                    "grant_type", "password",
                    "client_id", "admin-cli",
                    "username", "admin",
                    "password", "admin"))
            .path("access_token")
            .asText();
    String users = keycloak + "/admin/realms/shouhu/users";
    JsonNode role =
        admin(admin, "GET", keycloak + "/admin/realms/shouhu/roles/child-supervisor", null);
    for (int n = 0; n < streets.size(); n++) {
      String username = supervisor(n);
      ObjectNode user = JSON.createObjectNode();
      user.put("username", username);
      user.put("enabled", true);
      user.put("firstName", "督导" + (n + 1));
      user.put("lastName", "测试");
      user.put("email", username + "@bench.shouhu.test");
      user.put("emailVerified", true);
      user.putObject("attributes").putArray("jurisdiction").add(streets.get(n));
      ArrayNode credentials = user.putArray("credentials");
      credentials
          .addObject()
          .put("type", "password")
          .put("value", PASSWORD)
          .put("temporary", false);
      HttpResponse<String> created = send(admin, "POST", users, user);
      if (created.statusCode() == 409) {
        continue; // made by an earlier run
      }
      if (created.statusCode() != 201) {
        throw new IOException(
            "creating " + username + ": " + created.statusCode() + " " + created.body());
      }
      String location = created.headers().firstValue("Location").orElseThrow();
      ArrayNode roles = JSON.createArrayNode();
      roles.add(role);
      HttpResponse<String> mapped = send(admin, "POST", location + "/role-mappings/realm", roles);
      if (mapped.statusCode() != 204) {
        throw new IOException(
            "role of " + username + ": " + mapped.statusCode() + " " + mapped.body());
      }
    }
  }

  private JsonNode admin(String token, String method, String url, Object body)
      throws IOException, InterruptedException {
    HttpResponse<String> response = send(token, method, url, body);
    if (response.statusCode() / 100 != 2) {
      throw new IOException(url + ": " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> send(String token, String method, String url, Object body)
      throws IOException, InterruptedException {
    return http.send(
        request(url, token, method, body).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request with a bearer token and, when there is a body, the body as JSON. */
  private static HttpRequest.Builder request(String url, String token, String method, Object body)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    if (body == null) {
      return request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return request
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
  }
}
