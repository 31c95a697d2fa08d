package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The stack underneath: EclipseLink on MariaDB, Flyway's migrations, health and OpenAPI. */
class PlatformIT extends DeployedShouhu {

  private final Http http = new Http();

  @Test
  void thePersistenceProviderIsEclipseLinkOnMariaDb() {
    HttpResponse<String> response = http.get(Http.API + "/system", http.token("admin1"));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject info = Http.json(response.body());
    assertThat(info.getString("jpaProvider")).isEqualTo("EclipseLink");
    assertThat(info.getString("jpaProviderVersion")).startsWith("4.0.8");
    assertThat(info.getString("database")).isIn("MySQL", "MariaDB");
  }

  @Test
  void flywaysHistoryOnMariaDbShowsEveryMigrationApplied() throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("shouhu.test.db.url"), "shouhu", "shouhu");
        Statement query = db.createStatement();
        ResultSet rows =
            query.executeQuery(
                "select version, success from flyway_schema_history"
                    + " where version is not null order by installed_rank")) {
      assertThat(db.getMetaData().getDatabaseProductVersion()).containsIgnoringCase("mariadb");
      while (rows.next()) {
        assertThat(rows.getBoolean("success")).as(rows.getString("version")).isTrue();
        versions.add(rows.getString("version"));
      }
    }
    // the batch job repository creates its tables before the application migrates: the history
    // then starts with a baseline below V1 (SchemaMigration), and every migration still ran
    assertThat(versions).startsWith("0", "1");
  }

  @Test
  void readinessReportsTheDatabaseAndKeycloakUp() {
    HttpResponse<String> response = http.get(Http.MANAGEMENT + "/health/ready", null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Map<String, String> checks =
        Http.json(response.body()).getJsonArray("checks").stream()
            .map(JsonValue::asJsonObject)
            .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    assertThat(checks).containsEntry("database", "UP").containsEntry("identity-provider", "UP");
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    HttpResponse<String> response = http.get(Http.SERVER + "/openapi", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("/shouhu/api/v1/jurisdictions");
  }
}
