package org.shouhu.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The REST API, under {@code /shouhu/api}; versioned paths start with {@code /v1}. Its OpenAPI
 * document is served at {@code /openapi}: this class names it, the resources describe their
 * operations, and {@link OpenApiDocument} adds authentication and the errors every operation
 * shares.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Shouhu 守护 API",
            version = "1",
            description =
                "Case management for a district's child protection and women's rights work"
                    + " (儿童保护与妇女权益个案管理): intake of mandatory reports and 12338/12349"
                    + " calls, cases and their lifecycle, legal aid, transfers, welfare, and the"
                    + " plan indicators. Authenticate with a Keycloak access token of realm shouhu"
                    + " (Authorization: Bearer …); every record is scoped to the caller's"
                    + " jurisdiction and role, and a record outside it answers 404. Errors are"
                    + " application/problem+json (RFC 9457) in the request's language (zh-CN by"
                    + " default; Accept-Language: en). Times are RFC 3339 with an offset; money is"
                    + " a string of yuan with two decimals.",
            contact = @Contact(name = "Shouhu developers (守护开发组)", email = "shouhu@shouhu.test"),
            license =
                @License(
                    name = "Proprietary: for the district's government use (政府内部使用)",
                    identifier = "LicenseRef-Shouhu-Government")),
    externalDocs =
        @ExternalDocumentation(
            description =
                "The web UI of the local run; the API's decisions and extensions beyond the"
                    + " contract are in docs/rest-api.md of Shouhu's source",
            url = "http://127.0.0.1:8080/shouhu/"),
    servers = {
      @Server(url = "http://127.0.0.1:8080", description = "The local run (./shouhu run)"),
      @Server(
          url = "https://{host}",
          description = "Production, behind the TLS proxy (docker/)",
          variables =
              @org.eclipse.microprofile.openapi.annotations.servers.ServerVariable(
                  name = "host",
                  defaultValue = "shouhu.xigang.gov.cn",
                  description = "The host the TLS proxy serves"))
    })
public class ShouhuApi extends Application {}
