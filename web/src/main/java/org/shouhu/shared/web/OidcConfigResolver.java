package org.shouhu.shared.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;

/**
 * Chooses the OIDC configuration per request: {@code /api} and below are a bearer-only resource
 * ({@code shouhu-api}; no token means 401, never a redirect); everything else logs in through the
 * browser ({@code shouhu-web}). Both check the token's audience. Each configuration is built once:
 * the resolver is asked several times per request.
 *
 * <p>Settings: {@code shouhu.oidc.provider-url} (env {@code SHOUHU_OIDC_PROVIDER_URL}), {@code
 * shouhu.oidc.web-secret} ({@code SHOUHU_OIDC_WEB_SECRET}), {@code shouhu.oidc.ssl-required}.
 */
public class OidcConfigResolver implements OidcClientConfigurationResolver {

  private final OidcClientConfiguration api;
  private final OidcClientConfiguration browser;

  public OidcConfigResolver() {
    Config config = ConfigProvider.getConfig();
    String provider =
        config
            .getOptionalValue("shouhu.oidc.provider-url", String.class)
            .orElse("http://127.0.0.1:8180/realms/shouhu");
    String sslRequired =
        config.getOptionalValue("shouhu.oidc.ssl-required", String.class).orElse("external");
    String webSecret =
        config.getOptionalValue("shouhu.oidc.web-secret", String.class).orElse("shouhu-web-dev");
    this.api =
        build(
            common(provider, sslRequired).add("client-id", "shouhu-api").add("bearer-only", true));
    this.browser =
        build(
            common(provider, sslRequired)
                .add("client-id", "shouhu-web")
                .add("enable-pkce", true)
                .add("credentials", Json.createObjectBuilder().add("secret", webSecret)));
  }

  private static JsonObjectBuilder common(String provider, String sslRequired) {
    return Json.createObjectBuilder()
        .add("provider-url", provider)
        .add("ssl-required", sslRequired)
        .add("verify-token-audience", true)
        .add("principal-attribute", "preferred_username");
  }

  private static OidcClientConfiguration build(JsonObjectBuilder json) {
    byte[] bytes = json.build().toString().getBytes(StandardCharsets.UTF_8);
    return OidcClientConfigurationBuilder.build(new ByteArrayInputStream(bytes));
  }

  @Override
  public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
    return isApi(request.getRelativePath()) ? api : browser;
  }

  static boolean isApi(String relativePath) {
    return relativePath != null
        && (relativePath.equals("/api") || relativePath.startsWith("/api/"));
  }
}
