package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Shouhu's own OpenAPI document drives every operation with mutated input — path ids and years of
 * any length and content, query values of any kind, bodies with wrong types, huge or broken text,
 * deep nesting — as every kind of user. No answer may be a 5xx, and no error may carry a stack
 * trace, SQL or a class name. Deterministic: the seed is {@code -Dshouhu.fuzz.seed} (printed with a
 * failure); bounded by a number of rounds and a time budget.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzIT extends DeployedShouhu {

  private static final long SEED = Long.getLong("shouhu.fuzz.seed", 20261129L);
  private static final int ROUNDS = Integer.getInteger("shouhu.fuzz.rounds", 6);
  private static final Duration BUDGET = Duration.ofMinutes(4);

  /** Values of any kind, for ids, query parameters and text fields. */
  private static final List<String> NASTY =
      List.of(
          "",
          " ",
          "0",
          "-1",
          "2147483647",
          "2147483648",
          "99999999999999999999",
          "1.5",
          "true",
          "maybe",
          "null",
          "x".repeat(5000),
          "长".repeat(70_000),
          "' or 1=1--",
          "../../etc/passwd",
          "%00",
          "\u0000",
          "\ud800",
          "𠀀𪚥·王𡃁",
          "<script>alert(1)</script>",
          "2026-13-45",
          "2026-11-28T10:15:00+08:00",
          "2999-01-01T00:00:00+08:00",
          "FOO",
          "{\"a\":1}");

  /** What goes into a URL or a header: all of the above but the 70,000 characters. */
  private static final List<String> IN_URLS =
      NASTY.stream().filter(value -> value.length() <= 5000).toList();

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);
  private final KeycloakUsers users = new KeycloakUsers(http);
  private final Map<String, String> tokens = new HashMap<>();
  private final List<String> roles = new ArrayList<>();
  private final List<String> caseIds = new ArrayList<>();
  private JsonObject openApi;
  private Instant stopAt;
  private final Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentHashMap<>();

  @BeforeAll
  void prepare() {
    HttpResponse<String> doc =
        http.send(
            HttpRequest.newBuilder(URI.create(Http.SERVER + "/openapi?format=JSON"))
                .header("Accept", "application/json")
                .GET());
    assertThat(doc.statusCode()).isEqualTo(200);
    openApi = Http.json(doc.body());
    // directors and supervisors of their own, so that break-glass reads use no demo user's quota
    roles.addAll(
        List.of(
            users.create("child-director", "210203002002"),
            users.create("child-supervisor", "210203003"),
            "hotline1",
            "caseworker1",
            "legalaid1",
            "stats1",
            "auditor1",
            "admin1"));
    roles.forEach(user -> tokens.put(user, http.token(user)));
    caseIds.add(
        intakes.create("director-a", Intakes.report("210203001001").build()).getString("id"));
    caseIds.add(
        intakes.create(roles.get(0), Intakes.report("210203002002").build()).getString("id"));
    stopAt = Instant.now().plus(BUDGET);
  }

  @AfterAll
  void cleanUp() {
    users.removeAll();
    // the fuzzer reached the use cases, not only the router: some inputs passed, some were judged
    assertThat(statuses.keySet())
        .as("answers the fuzzer got: " + statuses)
        .contains(200, 201, 400, 403, 404, 422);
  }

  @TestFactory
  Stream<DynamicTest> everyOperationAnswersEveryInputWithoutA5xx() {
    List<DynamicTest> tests = new ArrayList<>();
    JsonObject paths = openApi.getJsonObject("paths");
    for (String path : paths.keySet()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.keySet()) {
        if (!List.of("get", "post", "put", "delete").contains(method)) {
          continue;
        }
        JsonObject operation = item.getJsonObject(method);
        String name = method.toUpperCase() + " " + path;
        long seed = SEED ^ name.hashCode();
        tests.add(DynamicTest.dynamicTest(name, () -> fuzz(path, method, operation, seed)));
      }
    }
    assertThat(tests).as("operations in the OpenAPI document").hasSizeGreaterThan(20);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> theDocumentDescribesTheRequestBodies() {
    JsonObject paths = openApi.getJsonObject("paths");
    JsonObject intake =
        paths.keySet().stream()
            .filter(p -> p.endsWith("/v1/intakes"))
            .map(paths::getJsonObject)
            .findFirst()
            .orElse(null);
    return Stream.of(
        DynamicTest.dynamicTest(
            "POST /intakes has its body's schema",
            () -> {
              assertThat(intake).as("the intake path").isNotNull();
              JsonObject schema = schemaOf(intake.getJsonObject("post"));
              assertThat(schema).isNotNull();
              assertThat(schema.getJsonObject("properties").keySet())
                  .contains("channel", "kind", "receivedAt", "subject", "people");
            }));
  }

  private void fuzz(String path, String method, JsonObject operation, long seed) {
    Random random = new Random(seed);
    JsonObject schema = schemaOf(operation);
    for (int round = 0; round < ROUNDS && Instant.now().isBefore(stopAt); round++) {
      for (String user : roles) {
        String url =
            Http.SERVER
                + (path.startsWith("/shouhu") ? "" : "/shouhu")
                + fill(path, random)
                + query(operation, random);
        String body =
            schema == null && !method.equals("post") && !method.equals("put")
                ? null
                : body(path, schema, random);
        HttpRequest.Builder request =
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + tokens.get(user))
                .header("Accept-Language", random.nextBoolean() ? "en" : "zh-CN")
                .timeout(Duration.ofSeconds(60));
        if (random.nextInt(4) == 0) {
          request.header("Idempotency-Key", pick(IN_URLS, random).replaceAll("[^\\x20-\\x7e]", ""));
        }
        if (body == null) {
          request.method(method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
        } else {
          request
              .header("Content-Type", "application/json")
              .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response;
        try {
          response = http.send(request);
        } catch (RuntimeException e) {
          throw new AssertionError(what(method, url, user, body, seed) + ": " + e, e);
        }
        assertThat(response.statusCode())
            .as(what(method, url, user, body, seed) + " → " + cut(response.body()))
            .isLessThan(500);
        statuses.merge(response.statusCode(), 1, Integer::sum);
        if (response.statusCode() >= 400) {
          Problems.assertNoInternals(response.body());
        }
      }
    }
  }

  private static String what(String method, String url, String user, String body, long seed) {
    return method.toUpperCase()
        + " "
        + cut(url)
        + " as "
        + user
        + " with "
        + cut(body)
        + " (seed "
        + seed
        + ")";
  }

  private static String cut(String text) {
    return text == null ? "no body" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  /** The path with its parameters: a real case id, another's, or anything at all. */
  private String fill(String path, Random random) {
    StringBuilder filled = new StringBuilder();
    for (String part : path.split("/", -1)) {
      if (!filled.isEmpty() || !part.isEmpty()) {
        filled.append('/');
      }
      if (part.equals("{id}")) {
        int choice = random.nextInt(4);
        String id =
            choice == 0
                ? caseIds.get(0)
                : choice == 1 ? caseIds.get(1) : choice == 2 ? UUID.randomUUID().toString() : null;
        filled.append(id != null ? id : encode(pick(IN_URLS, random)));
      } else if (part.equals("{year}")) {
        filled.append(
            encode(pick(List.of("2095", "2100", "1999", "2147483648", "abc", "-1", ""), random)));
      } else if (part.startsWith("{")) {
        filled.append(encode(pick(IN_URLS, random)));
      } else {
        filled.append(part);
      }
    }
    return filled.toString().replace("//", "/x/");
  }

  private static String query(JsonObject operation, Random random) {
    StringBuilder query = new StringBuilder();
    for (JsonValue p :
        operation.getJsonArray("parameters") == null
            ? List.<JsonValue>of()
            : operation.getJsonArray("parameters")) {
      JsonObject parameter = p.asJsonObject();
      if (!"query".equals(parameter.getString("in", "")) || random.nextInt(3) == 0) {
        continue;
      }
      query
          .append(query.isEmpty() ? "?" : "&")
          .append(encode(parameter.getString("name")))
          .append('=')
          .append(encode(pick(IN_URLS, random)));
    }
    return query.toString();
  }

  private JsonObject schemaOf(JsonObject operation) {
    JsonObject body = operation.getJsonObject("requestBody");
    if (body == null || body.getJsonObject("content") == null) {
      return null;
    }
    JsonObject json = body.getJsonObject("content").getJsonObject("application/json");
    return json == null ? null : resolve(json.getJsonObject("schema"));
  }

  private JsonObject resolve(JsonObject schema) {
    if (schema != null && schema.containsKey("$ref")) {
      String name = schema.getString("$ref").replace("#/components/schemas/", "");
      return openApi.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }
    return schema;
  }

  /** Valid bodies of the operations, by the end of their path: what mutations start from. */
  private static JsonObject example(String path) {
    String now =
        java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8))
            .minusMinutes(1)
            .withNano(0)
            .toString();
    Map<String, JsonObject> examples =
        Map.of(
            "/intakes", Intakes.report("210203002002").build(),
            "/transitions",
                Json.createObjectBuilder()
                    .add("to", "ASSESSMENT")
                    .add("reason", "评估")
                    .add("version", 1)
                    .build(),
            "/closure-requests",
                Json.createObjectBuilder().add("reason", "无需干预").add("version", 2).build(),
            "/decision",
                Json.createObjectBuilder().add("approve", false).add("reason", "再看看").build(),
            "/assignment", Json.createObjectBuilder().add("assignee", "caseworker1").build(),
            "/visits",
                Json.createObjectBuilder()
                    .add("visitedAt", now)
                    .add("mode", "HOME")
                    .add("notes", "家访")
                    .build(),
            "/break-glass", Json.createObjectBuilder().add("reason", "夜间紧急").build(),
            "/legal-aid-referrals",
                Json.createObjectBuilder().add("reason", "代理").add("consent", true).build(),
            "/{year}",
                Json.createObjectBuilder()
                    .add(
                        "days",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("date", "2095-01-01")
                                    .add("kind", "HOLIDAY")
                                    .add("label", "元旦")))
                    .build(),
            "/reload", Json.createObjectBuilder().add("dryRun", true).build());
    return examples.entrySet().stream()
        .filter(e -> path.endsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /** {@code json} with one value somewhere in it replaced by anything, or removed. */
  private JsonValue mutate(JsonValue json, Random random, int depth) {
    if (json instanceof JsonObject object && !object.isEmpty()) {
      List<String> keys = new ArrayList<>(object.keySet());
      String key = keys.get(random.nextInt(keys.size()));
      JsonObjectBuilder copy = Json.createObjectBuilder(object);
      if (random.nextInt(5) == 0) {
        copy.remove(key);
      } else {
        copy.add(key, mutate(object.get(key), random, depth + 1));
      }
      return copy.build();
    }
    if (json instanceof jakarta.json.JsonArray array && !array.isEmpty()) {
      JsonArrayBuilder copy = Json.createArrayBuilder(array);
      int i = random.nextInt(array.size());
      copy.set(i, mutate(array.get(i), random, depth + 1));
      return copy.build();
    }
    return anything(random, depth);
  }

  /**
   * A body: a valid example as it is, or with one thing wrong; the schema's shape with things
   * wrong; or no JSON object at all.
   */
  private String body(String path, JsonObject schema, Random random) {
    JsonObject example = example(path);
    int choice = random.nextInt(10);
    if (example != null && choice < 2) {
      return example.toString();
    }
    if (example != null && choice < 6) {
      return mutate(example, random, 0).toString();
    }
    switch (random.nextInt(10)) {
      case 0:
        return pick(List.of("", "null", "[]", "{", "\"text\"", "42", "{\"a\": }"), random);
      case 1:
        return "{\"a\": ".repeat(1000) + "1" + "}".repeat(1000);
      case 2:
        return "[".repeat(5000) + "]".repeat(5000);
      default:
        return value(schema, random, 0).toString();
    }
  }

  private JsonValue value(JsonObject schema, Random random, int depth) {
    schema = resolve(schema);
    if (random.nextInt(6) == 0 || schema == null || depth > 4) {
      return anything(random, depth);
    }
    if (schema.containsKey("enum") && random.nextBoolean()) {
      var values = schema.getJsonArray("enum");
      return values.isEmpty() ? JsonValue.NULL : values.get(random.nextInt(values.size()));
    }
    String type = schema.getString("type", "object");
    switch (type) {
      case "object":
        JsonObjectBuilder object = Json.createObjectBuilder();
        JsonObject properties = schema.getJsonObject("properties");
        if (properties != null) {
          for (String property : properties.keySet()) {
            if (random.nextInt(5) > 0) {
              object.add(property, value(properties.getJsonObject(property), random, depth + 1));
            }
          }
        }
        return object.build();
      case "array":
        JsonArrayBuilder array = Json.createArrayBuilder();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
          array.add(value(schema.getJsonObject("items"), random, depth + 1));
        }
        return array.build();
      case "boolean":
        return random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
      case "integer":
      case "number":
        return Json.createValue(
            pick(List.of(0L, 1L, -1L, 3L, Long.MAX_VALUE, Long.MIN_VALUE), random));
      default:
        return Json.createValue(pick(NASTY, random));
    }
  }

  /** A value of any JSON type, or a very long or broken text. */
  private static JsonValue anything(Random random, int depth) {
    switch (random.nextInt(7)) {
      case 0:
        return JsonValue.NULL;
      case 1:
        return Json.createValue(random.nextLong());
      case 2:
        return Json.createValue(random.nextDouble() * 1e300);
      case 3:
        return random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
      case 4:
        return depth > 3
            ? JsonValue.EMPTY_JSON_ARRAY
            : Json.createArrayBuilder().add(anything(random, depth + 1)).build();
      case 5:
        return depth > 3
            ? JsonValue.EMPTY_JSON_OBJECT
            : Json.createObjectBuilder().add("x", anything(random, depth + 1)).build();
      default:
        return Json.createValue(pick(NASTY, random));
    }
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
