package org.shouhu.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the datasource in use (H2 or MySQL, chosen by {@code shouhu.ds}) hands out a valid
 * connection. A library jar cannot see the EJB module, so it asks the datasource itself.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final String DEFAULT_DATASOURCE = "java:jboss/datasources/ShouhuH2";

  @Override
  public HealthCheckResponse call() {
    String jndiName =
        ConfigProvider.getConfig()
            .getOptionalValue("shouhu.ds", String.class)
            .orElse(DEFAULT_DATASOURCE);
    var response = HealthCheckResponse.named("database").withData("datasource", jndiName);
    try (Connection connection = lookup(jndiName).getConnection()) {
      return response
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .status(connection.isValid(2))
          .build();
    } catch (Exception e) {
      return response.withData("error", e.getClass().getSimpleName()).down().build();
    }
  }

  private static DataSource lookup(String jndiName) throws NamingException {
    return (DataSource) new InitialContext().lookup(jndiName);
  }
}
