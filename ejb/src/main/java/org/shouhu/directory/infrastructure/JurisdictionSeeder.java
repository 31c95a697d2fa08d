package org.shouhu.directory.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.shouhu.directory.application.JurisdictionDirectory;
import org.shouhu.directory.application.JurisdictionTreeSource;
import org.shouhu.directory.application.TreeChanges;
import org.shouhu.directory.domain.JurisdictionRepository;

/** On the first start against an empty database, loads the configured jurisdiction tree. */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class JurisdictionSeeder {

  private static final Logger LOG = Logger.getLogger(JurisdictionSeeder.class.getName());

  @Inject JurisdictionRepository jurisdictions;
  @Inject JurisdictionDirectory directory;
  @Inject JurisdictionTreeSource source;

  @PostConstruct
  void seedIfEmpty() {
    if (jurisdictions.isEmpty()) {
      TreeChanges changes = directory.replaceWith(source.read());
      LOG.info(() -> "Loaded the jurisdiction tree: " + changes.total() + " nodes");
    }
  }
}
