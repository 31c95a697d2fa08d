package org.shouhu.shared.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What the annotations cannot say once for all of the API's operations (MicroProfile OpenAPI's
 * {@code mp.openapi.filter}): how to authenticate — a Keycloak access token, its token endpoint
 * named from {@code shouhu.oidc.provider-url} — and what an error looks like: every 4xx answer is
 * {@code application/problem+json} ({@code Problem}, with {@code violations} for a 422). Each
 * operation lists 401 and 403; 404 when its path names a record; 400 and 422 when it takes a body,
 * 422 when it takes query parameters — the statuses API.md gives every such endpoint. Statuses
 * particular to one endpoint (409, 413, 415…) are on its resource method.
 */
public class OpenApiDocument implements OASFilter {

  static final String PROBLEM = "Problem";

  /** Named apart from the API's own records (a protection order's breach is a Violation too). */
  static final String VIOLATION = "ProblemViolation";

  /** The local run's Keycloak, when the server is told no other. */
  static final String LOCAL_PROVIDER = "http://127.0.0.1:8180/realms/shouhu";

  private static final Map<String, String> ERRORS = new LinkedHashMap<>();

  static {
    ERRORS.put("400", "Malformed JSON, or a field of the wrong type (请求格式有误)");
    ERRORS.put("401", "No valid access token (需要登录)");
    ERRORS.put("403", "The caller's role may not do this (没有权限)");
    ERRORS.put("404", "No such record within the caller's jurisdiction (未找到)");
    ERRORS.put("409", "The record changed meanwhile, or its state forbids this (冲突)");
    ERRORS.put("413", "Request too large: a JSON body over 256 KiB (请求内容过大)");
    ERRORS.put("415", "Unsupported content type: the body must be JSON (不支持的内容类型)");
    ERRORS.put("422", "A field breaks a rule: see violations (内容不符合规则)");
    ERRORS.put("429", "Too many requests (请求过多)");
    ERRORS.put("503", "Temporarily unavailable (暂时无法提供服务)");
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Components components = openAPI.getComponents();
    for (String name : List.of(PROBLEM, VIOLATION)) {
      if (components.getSchemas() != null && components.getSchemas().containsKey(name)) {
        throw new IllegalStateException("a record of the API is named " + name);
      }
    }
    components.addSchema(VIOLATION, violation());
    components.addSchema(PROBLEM, problem());
    security(openAPI, components);
    if (components.getSchemas() != null) {
      components.getSchemas().values().forEach(OpenApiDocument::plainEnums);
    }
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      // a path naming a record (an id, a code) may not find it; a year is checked, not found
      boolean names = path.getKey().replace("{year}", "").contains("{");
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().getOperations().entrySet()) {
        bodyByReference(operation.getValue());
        errors(
            operation.getValue(),
            names,
            operation.getKey() != PathItem.HttpMethod.GET,
            path.getKey().contains("{"));
      }
    }
  }

  /**
   * A Java enum with fields of its own (CaseKind's categories) is scanned as "string or object":
   * its values are strings, and a client generator must see a string enum; a property that refers
   * to one carries no type of its own.
   */
  private static void plainEnums(Schema schema) {
    if (schema == null) {
      return;
    }
    if (schema.getRef() != null) {
      schema.setType(null); // beside a $ref, a type would constrain the value a second time
    }
    if (schema.getEnumeration() != null
        && !schema.getEnumeration().isEmpty()
        && schema.getType() != null
        && schema.getType().contains(Schema.SchemaType.STRING)) {
      schema.setType(List.of(Schema.SchemaType.STRING));
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(OpenApiDocument::plainEnums);
    }
    plainEnums(schema.getItems());
  }

  /**
   * A body described by its own schema (the upload's form) is that schema alone: the parts the
   * scanner read from the method's parameters would otherwise sit beside the reference.
   */
  private static void bodyByReference(Operation operation) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return;
    }
    operation
        .getRequestBody()
        .getContent()
        .getMediaTypes()
        .values()
        .forEach(
            media -> {
              Schema schema = media.getSchema();
              if (schema != null && schema.getRef() != null) {
                schema.setType(null);
                schema.setProperties(null);
              }
            });
  }

  /** The Keycloak token (password or client-credentials grant), sent as a bearer token. */
  private static void security(OpenAPI openAPI, Components components) {
    String provider =
        ConfigProvider.getConfig()
            .getOptionalValue("shouhu.oidc.provider-url", String.class)
            .map(url -> url.replaceAll("/+$", ""))
            .orElse(LOCAL_PROVIDER);
    String token = provider + "/protocol/openid-connect/token";
    components.addSecurityScheme(
        "keycloak",
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.OAUTH2)
            .description(
                "A Keycloak access token of realm shouhu, sent as Authorization: Bearer <token>"
                    + " (获取令牌：Keycloak 令牌端点). A hotline or police system uses the client"
                    + " credentials of client shouhu-hotline; a person's tools the password grant"
                    + " of client shouhu-cli (dev realm only). Roles and the jurisdiction come"
                    + " from the token.")
            .flows(
                OASFactory.createOAuthFlows()
                    .password(flow(token))
                    .clientCredentials(flow(token))));
    components.addSecurityScheme(
        "bearer",
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .bearerFormat("JWT")
            .description("The same Keycloak access token, obtained at " + token));
    openAPI.setSecurity(
        List.of(
            OASFactory.createSecurityRequirement().addScheme("keycloak", List.of()),
            OASFactory.createSecurityRequirement().addScheme("bearer", List.of())));
  }

  private static OAuthFlow flow(String tokenUrl) {
    return OASFactory.createOAuthFlow().tokenUrl(tokenUrl).scopes(new LinkedHashMap<>());
  }

  /**
   * The statuses every operation of its shape can answer: 401, 403; 404 when its path names a
   * record; 409 for a write (a concurrent change of the same record, or a state that forbids it);
   * 400, 413 and 415 with a body (malformed JSON, over 256 KiB, not JSON); 422 with a body or any
   * parameter.
   */
  private static void errors(
      Operation operation, boolean namesARecord, boolean writes, boolean pathParameters) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    boolean body = operation.getRequestBody() != null;
    boolean parameters =
        pathParameters
            || (operation.getParameters() != null
                && operation.getParameters().stream()
                    .anyMatch(p -> p.getIn() == Parameter.In.QUERY));
    add(responses, "401");
    add(responses, "403");
    if (namesARecord) {
      add(responses, "404");
    }
    if (writes) {
      add(responses, "409");
    }
    if (body) {
      add(responses, "400");
      add(responses, "413");
      add(responses, "415");
    }
    if (body || parameters) {
      add(responses, "422");
    }
    for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
      if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
        APIResponse response = r.getValue();
        if (response.getDescription() == null || response.getDescription().isBlank()) {
          response.setDescription(ERRORS.getOrDefault(r.getKey(), "Error"));
        }
        if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
          response.setContent(problemContent(r.getKey()));
        }
      }
    }
  }

  private static void add(APIResponses responses, String status) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(
          status, OASFactory.createAPIResponse().description(ERRORS.get(status)));
    }
  }

  private static Content problemContent(String status) {
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", "about:blank");
    if (status.equals("422")) {
      example.put("title", "内容不符合规则");
      example.put("status", 422);
      example.put("detail", "有 1 项内容不符合规则，请按各字段的提示修改。");
      example.put("violations", List.of(Map.of("field", "subject.name", "message", "必填。")));
    } else if (status.equals("404")) {
      example.put("title", "未找到");
      example.put("status", 404);
      example.put("detail", "未找到该记录，或它不在您的辖区范围内。");
    } else if (status.equals("403")) {
      example.put("title", "没有权限");
      example.put("status", 403);
      example.put("detail", "您的角色无权执行此操作。");
    } else {
      example.put("title", ERRORS.getOrDefault(status, "Error"));
      example.put("status", Integer.parseInt(status));
    }
    return OASFactory.createContent()
        .addMediaType(
            Problem.MEDIA_TYPE,
            OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM))
                .example(example));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
  }

  private static Schema violation() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("One field that broke a rule (字段错误)")
        .addProperty(
            "field",
            string("The field as a JSON path, e.g. subject.idNumber").example("subject.idNumber"))
        .addProperty(
            "message",
            string("What is wrong, in the request's language (Accept-Language)")
                .example("居民身份证号码校验位不对，请核对。"))
        .required(List.of("field", "message"));
  }

  private static Schema problem() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description(
            "An RFC 9457 problem detail (application/problem+json), in the request's language:"
                + " zh-CN by default, English with Accept-Language: en")
        .addProperty("type", string("A URI for the kind of problem").example("about:blank"))
        .addProperty("title", string("A short title").example("内容不符合规则"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .format("int32")
                .description("The HTTP status")
                .example(422))
        .addProperty(
            "detail", string("What happened, for a person").example("有 1 项内容不符合规则，请按各字段的提示修改。"))
        .addProperty(
            "violations",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .description("The fields that broke a rule (422 only)")
                .items(OASFactory.createSchema().ref(VIOLATION)))
        .required(List.of("type", "title", "status"));
  }
}
