package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the server serves is the one committed in it/src/test/openapi — the one the
 * hotline client of {@link HotlineClientIT} is generated from — so that the client is never built
 * from a stale document. When an annotation changes the document, this test writes the served one
 * to it/target/shouhu-openapi.json: copy it over the committed file (the launcher lints the served
 * one with Redocly's recommended rules).
 */
class OpenApiDocumentIT extends DeployedShouhu {

  private static final Path COMMITTED = Path.of("src/test/openapi/shouhu-openapi.json");

  @Test
  void theServedDocumentIsTheCommittedOne() throws Exception {
    HttpResponse<String> served = new Http().get(Http.SERVER + "/openapi?format=JSON", null);
    assertThat(served.statusCode()).isEqualTo(200);
    // the token endpoint is the server's own Keycloak; the committed document names the local run's
    String provider =
        System.getProperty("shouhu.oidc.provider-url", "http://127.0.0.1:8180/realms/shouhu")
            .replaceAll("/+$", "");
    String body = served.body().replace(provider, "http://127.0.0.1:8180/realms/shouhu");
    Files.writeString(Path.of("target/shouhu-openapi.json"), body, StandardCharsets.UTF_8);
    JsonObject committed =
        Json.createReader(new StringReader(Files.readString(COMMITTED, StandardCharsets.UTF_8)))
            .readObject();
    JsonObject now = Json.createReader(new StringReader(body)).readObject();
    assertThat(now)
        .as("the served document differs from %s: see target/shouhu-openapi.json", COMMITTED)
        .isEqualTo(committed);
  }
}
