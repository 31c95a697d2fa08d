package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Staff members a test adds to the test Keycloak for itself (password "demo", like the demo users),
 * so that what it does to them (a daily break-glass limit used up, another district) touches no
 * other test; {@link #removeAll()} deletes them again.
 */
final class KeycloakUsers {

  private final Http http;
  private final List<String> ids = new ArrayList<>();

  KeycloakUsers(Http http) {
    this.http = http;
  }

  /** A new user with {@code role} at {@code jurisdiction}; returns her username. */
  String create(String role, String jurisdiction) {
    return create(role, jurisdiction, "试", "测");
  }

  /** A new user with {@code role} at {@code jurisdiction}, named; returns her username. */
  String create(String role, String jurisdiction, String lastName, String firstName) {
    String kc = http.keycloakAdminToken();
    String api = Http.keycloakAdminApi();
    String username = role.replace("-", "") + "-it-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject user =
        Json.createObjectBuilder()
            .add("username", username)
            .add("enabled", true)
            .add("email", username + "@shouhu.test")
            .add("emailVerified", true)
            .add("firstName", firstName)
            .add("lastName", lastName)
            .add(
                "attributes",
                Json.createObjectBuilder()
                    .add("jurisdiction", Json.createArrayBuilder().add(jurisdiction)))
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", "demo")
                            .add("temporary", false)))
            .build();
    HttpResponse<String> created =
        http.post(api + "/users", kc, "application/json", user.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    String userId = location.substring(location.lastIndexOf('/') + 1);
    ids.add(userId);
    HttpResponse<String> realmRole = http.get(api + "/roles/" + role, kc);
    assertThat(realmRole.statusCode()).as(realmRole.body()).isEqualTo(200);
    HttpResponse<String> mapped =
        http.post(
            api + "/users/" + userId + "/role-mappings/realm",
            kc,
            "application/json",
            "[" + realmRole.body() + "]");
    assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(204);
    return username;
  }

  void removeAll() {
    if (ids.isEmpty()) {
      return;
    }
    String kc = http.keycloakAdminToken();
    for (String id : ids) {
      http.delete(Http.keycloakAdminApi() + "/users/" + id, kc);
    }
    ids.clear();
  }
}
