package org.shouhu.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and evolves the schema with Flyway (migrations in {@code db/migration}) before anything
 * else touches the database. Bean-managed transactions: Flyway sets auto-commit itself, which a
 * container transaction forbids.
 */
@Startup
@Singleton(name = "SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            // a new database may already hold the batch job repository's tables (WildFly's
            // batch-jberet creates them when it starts, before this runs): then, and only then,
            // the history starts before V1, so that every migration still runs
            .baselineOnMigrate(onlyBatchTables())
            .baselineVersion("0")
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Schema at version "
                + flyway.info().current().getVersion()
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** The job repository's tables (JBeret's JDBC repository). */
  static final Set<String> BATCH_TABLES =
      Set.of("job_instance", "job_execution", "step_execution", "partition_execution");

  /** Whether the schema holds tables, all of them the batch job repository's. */
  private boolean onlyBatchTables() {
    try (Connection c = dataSource.getConnection();
        ResultSet tables =
            c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
      Set<String> found = new HashSet<>();
      while (tables.next()) {
        found.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
      return !found.isEmpty() && BATCH_TABLES.containsAll(found);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the schema's tables", e);
    }
  }
}
