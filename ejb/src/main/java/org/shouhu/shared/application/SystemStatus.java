package org.shouhu.shared.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.persistence.Version;
import org.eclipse.persistence.jpa.JpaEntityManager;

/** Reports which persistence provider, database and schema version the server runs on (admin). */
@Stateless
public class SystemStatus {

  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  public SystemInfo info() {
    Object provider = em.unwrap(JpaEntityManager.class);
    String schemaVersion =
        (String)
            em.createNativeQuery(
                    "select version from flyway_schema_history where success = true"
                        + " order by installed_rank desc limit 1")
                .getSingleResult();
    try (Connection connection = dataSource.getConnection()) {
      return new SystemInfo(
          provider.getClass().getPackageName().startsWith("org.eclipse.persistence")
              ? "EclipseLink"
              : "unknown",
          Version.getVersion(),
          connection.getMetaData().getDatabaseProductName(),
          schemaVersion);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database metadata", e);
    }
  }
}
