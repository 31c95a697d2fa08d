package org.shouhu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTP as a client of Shouhu sees it: the server under test (ports shifted by {@code
 * shouhu.port.offset}), tokens from Keycloak's {@code shouhu-cli} client, redirects never followed.
 */
final class Http {

  static final int OFFSET = Integer.getInteger("shouhu.port.offset", 10000);
  static final String SERVER = "http://127.0.0.1:" + (8080 + OFFSET);
  static final String MANAGEMENT = "http://127.0.0.1:" + (9990 + OFFSET);
  static final String API = SERVER + "/shouhu/api/v1";
  static final String PROVIDER = System.getProperty("shouhu.oidc.provider-url");

  static final String[] DEMO_USERS = {
    "hotline1",
    "director-a",
    "director-b",
    "supervisor-a",
    "caseworker1",
    "legalaid1",
    "stats1",
    "auditor1",
    "admin1"
  };

  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /**
   * An access token of a dev-realm confidential client's service account (client-credentials
   * grant): how a hotline or police system authenticates.
   */
  String clientToken(String clientId, String secret) {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(PROVIDER + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("no token for " + clientId + ": " + response.body());
    }
    return json(response.body()).getString("access_token");
  }

  /** An access token for a dev-realm user (password "demo"). */
  String token(String username) {
    String form =
        Map.of(
                "grant_type", "password",
                "client_id", "shouhu-cli",
                "username", username,
                "password", "demo")
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(PROVIDER + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("no token for " + username + ": " + response.body());
    }
    return json(response.body()).getString("access_token");
  }

  /** A token of Keycloak's own administrator (the test Keycloak's admin / admin). */
  String keycloakAdminToken() {
    String master = PROVIDER.replaceFirst("/realms/.*$", "/realms/master");
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(master + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin")));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("no Keycloak admin token: " + response.body());
    }
    return json(response.body()).getString("access_token");
  }

  /** The Keycloak admin API of the realm: {@code .../admin/realms/shouhu}. */
  static String keycloakAdminApi() {
    return PROVIDER.replaceFirst("/realms/", "/admin/realms/");
  }

  HttpResponse<String> delete(String url, String token) {
    return send(authorised(HttpRequest.newBuilder(URI.create(url)).DELETE(), token));
  }

  HttpResponse<String> put(String url, String token, String json) {
    return send(
        authorised(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)),
            token));
  }

  HttpResponse<String> get(String url, String token, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    return send(authorised(request, token, headers));
  }

  HttpResponse<String> post(
      String url, String token, String contentType, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return send(authorised(request, token, headers));
  }

  private static HttpRequest.Builder authorised(
      HttpRequest.Builder request, String token, String... headers) {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request.timeout(Duration.ofSeconds(30));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request whose answer is bytes (a file). */
  HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  static JsonArray jsonArray(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }
}
