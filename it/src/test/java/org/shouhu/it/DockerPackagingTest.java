package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of docker/ without a Docker engine: the compose file parses and wires the
 * stack together, and everything the Dockerfile copies exists in the build output.
 */
class DockerPackagingTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  @SuppressWarnings("unchecked")
  void theComposeFileParsesAndWiresMySqlKeycloakAndShouhu() throws IOException {
    Map<String, Object> compose =
        new Yaml().load(Files.readString(ROOT.resolve("docker/compose.yaml")));
    Map<String, Map<String, Object>> services =
        (Map<String, Map<String, Object>>) compose.get("services");

    assertThat(services).containsOnlyKeys("mysql", "keycloak", "shouhu");
    assertThat(services.get("mysql").get("image")).isEqualTo("mysql:8.4");
    assertThat(services.get("keycloak").get("image")).isEqualTo("quay.io/keycloak/keycloak:26.7.3");
    services.values().forEach(service -> assertThat(service).containsKey("healthcheck"));
    assertThat((Map<String, Object>) compose.get("volumes")).containsKey("mysql-data");
    assertThat((List<String>) services.get("mysql").get("command"))
        .contains("--character-set-server=utf8mb4");

    String realmMount = ((List<String>) services.get("keycloak").get("volumes")).get(0);
    assertThat(ROOT.resolve("docker").resolve(realmMount.split(":")[0]).normalize())
        .exists()
        .hasFileName("shouhu-realm-prod.json");
    Map<String, String> shouhuEnv = (Map<String, String>) services.get("shouhu").get("environment");
    assertThat(shouhuEnv)
        .containsKeys("DB_URL", "DB_USER", "DB_PASSWORD", "SHOUHU_OIDC_PROVIDER_URL");
    assertThat(shouhuEnv.get("DB_URL")).contains("connectionTimeZone=UTC");
    // the case files live on a volume, where SHOUHU_ATTACHMENTS_DIR says
    assertThat((Map<String, Object>) compose.get("volumes")).containsKey("shouhu-files");
    assertThat((List<String>) services.get("shouhu").get("volumes"))
        .contains("shouhu-files:" + shouhuEnv.get("SHOUHU_ATTACHMENTS_DIR"));
  }

  @Test
  void everyPathTheDockerfileCopiesExistsInTheBuildOutput() throws IOException {
    Matcher copy =
        Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+\\S+$")
            .matcher(Files.readString(ROOT.resolve("docker/Dockerfile")));
    int copies = 0;
    while (copy.find()) {
      assertThat(ROOT.resolve(copy.group(1))).as(copy.group()).exists();
      copies++;
    }
    assertThat(copies).isEqualTo(2);
    assertThat(ROOT.resolve("ear/target/server/bin/standalone.sh")).exists();
    assertThat(
            ROOT.resolve("ear/target/server/modules/org/eclipse/persistence/main/eclipselink.jar"))
        .exists();
  }

  @Test
  void theProductionRealmShipsNoUsersAndNoPasswordGrant() throws IOException {
    String realm = Files.readString(ROOT.resolve("config/keycloak/shouhu-realm-prod.json"));
    assertThat(realm).doesNotContain("\"password\"").doesNotContain("\"value\": \"demo\"");
    assertThat(realm).doesNotContain("\"directAccessGrantsEnabled\": true");
    assertThat(realm).contains("${SHOUHU_OIDC_WEB_SECRET}");
  }
}
