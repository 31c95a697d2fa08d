package org.shouhu.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the Keycloak realm answers its OpenID discovery document: without it nobody can log in
 * and no bearer token can be checked.
 */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Override
  public HealthCheckResponse call() {
    String provider =
        ConfigProvider.getConfig()
            .getOptionalValue("shouhu.oidc.provider-url", String.class)
            .orElse("http://127.0.0.1:8180/realms/shouhu");
    var response = HealthCheckResponse.named("identity-provider").withData("provider", provider);
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(provider + "/.well-known/openid-configuration"))
              .timeout(Duration.ofSeconds(3))
              .build();
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return response.withData("status", status).status(status == 200).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().build();
    } catch (Exception e) {
      return response.withData("error", e.getClass().getSimpleName()).down().build();
    }
  }
}
