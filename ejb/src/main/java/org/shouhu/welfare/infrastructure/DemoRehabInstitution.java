package org.shouhu.welfare.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.welfare.domain.RehabInstitution;
import org.shouhu.welfare.domain.RehabItem;
import org.shouhu.welfare.domain.RehabRepository;

/**
 * The local run's demo rehabilitation institution (API.md: "the dev realm's local run ships at
 * least one demo institution designated for every item"), id {@value #ID} — the id the dev realm's
 * institution officer will carry: created at start when {@code shouhu.demo-data} is true and it
 * does not exist yet. Never in production.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoRehabInstitution {

  static final String ID = "demo-rehab-1";

  private static final Logger LOG = Logger.getLogger(DemoRehabInstitution.class.getName());

  @Inject RehabRepository rehab;

  @Inject
  @ConfigProperty(name = "shouhu.demo-data", defaultValue = "false")
  boolean demo;

  @PostConstruct
  void seed() {
    if (demo && rehab.institution(ID).isEmpty()) {
      rehab.add(
          new RehabInstitution(
              ID, "西岗区残疾儿童康复中心（演示）", List.of(RehabItem.values()), null, "demo", Instant.now()));
      LOG.info("Demo rehabilitation institution created (every item)");
    }
  }
}
