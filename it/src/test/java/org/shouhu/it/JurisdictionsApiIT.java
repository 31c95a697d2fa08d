package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/jurisdictions} as API.md gives it, the reload, and the error answers. */
class JurisdictionsApiIT extends DeployedShouhu {

  private final Http http = new Http();

  private Map<String, JsonObject> treeAs(String user, String... headers) {
    HttpResponse<String> response =
        http.get(Http.API + "/jurisdictions", http.token(user), headers);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonArray nodes = Http.jsonArray(response.body());
    return nodes.stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(n -> n.getString("code"), Function.identity()));
  }

  @Test
  void listsTheWholeTreeWithLevelsParentsAndChineseNames() throws IOException {
    Map<String, JsonObject> tree = treeAs("director-a");

    assertThat(tree).hasSize(nodesInTreeFile());
    JsonObject district = tree.get("210203");
    assertThat(district.getString("level")).isEqualTo("DISTRICT");
    assertThat(district.getString("name")).isEqualTo("西岗区");
    assertThat(district.containsKey("parent") && !district.isNull("parent")).isFalse();
    JsonObject street = tree.get("210203001");
    assertThat(street.getString("level")).isEqualTo("STREET");
    assertThat(street.getString("parent")).isEqualTo("210203");
    JsonObject community = tree.get("210203001001");
    assertThat(community.getString("level")).isEqualTo("COMMUNITY");
    assertThat(community.getString("parent")).isEqualTo("210203001");
    assertThat(community.getString("name")).isEqualTo("长江路社区");
    assertThat(tree.values()).allSatisfy(node -> assertThat(node.getString("name")).isNotBlank());
  }

  @Test
  void namesFollowTheCallersLanguage() {
    Map<String, JsonObject> tree = treeAs("stats1", "Accept-Language", "en-GB,en;q=0.8");
    assertThat(tree.get("210203").getString("name")).isEqualTo("Xigang District");
    assertThat(tree.get("210203").getString("nameZh")).isEqualTo("西岗区");
  }

  @Test
  void aDryRunReloadOfTheUnchangedFileChangesNothing() throws IOException {
    HttpResponse<String> response =
        http.post(
            Http.API + "/jurisdictions/reload",
            http.token("admin1"),
            "application/json",
            "{\"dryRun\": true}");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject changes = Http.json(response.body());
    assertThat(changes.getInt("added")).isZero();
    assertThat(changes.getInt("updated")).isZero();
    assertThat(changes.getInt("retired")).isZero();
    assertThat(changes.getInt("total")).isEqualTo(nodesInTreeFile());
  }

  @Test
  void malformedJsonIs400ProblemJsonWithoutInternalsInTheCallersLanguage() {
    HttpResponse<String> chinese =
        http.post(
            Http.API + "/jurisdictions/reload",
            http.token("admin1"),
            "application/json",
            "{\"dryRun\": tru");
    assertThat(assertProblem(chinese, 400).getString("detail")).contains("JSON").contains("请求");

    HttpResponse<String> english =
        http.post(
            Http.API + "/jurisdictions/reload",
            http.token("admin1"),
            "application/json",
            "[1, 2",
            "Accept-Language",
            "en");
    assertThat(assertProblem(english, 400).getString("detail")).contains("not valid JSON");
  }

  @Test
  void anotherMediaTypeIs415AndAnUnknownPathIs404() {
    assertProblem(
        http.post(Http.API + "/jurisdictions/reload", http.token("admin1"), "text/plain", "x"),
        415);
    assertProblem(http.get(Http.API + "/no-such-thing", http.token("admin1")), 404);
  }

  private static int nodesInTreeFile() throws IOException {
    return (int)
        Files.readAllLines(Path.of("../config/directory/jurisdictions.tsv")).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .count();
  }
}
