package org.shouhu.protection.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.protection.domain.Shelter;
import org.shouhu.protection.domain.ShelterRepository;

/**
 * The local run's demo shelter (API.md: "the local run ships one demo shelter of capacity 3"):
 * created at start when {@code shouhu.demo-data} is true (the launcher's {@code run} sets it) and
 * no shelter exists yet. Never in production.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoShelter {

  private static final Logger LOG = Logger.getLogger(DemoShelter.class.getName());

  @Inject ShelterRepository shelters;

  @Inject
  @ConfigProperty(name = "shouhu.demo-data", defaultValue = "false")
  boolean demo;

  @PostConstruct
  void seed() {
    if (demo && shelters.all().isEmpty()) {
      shelters.store(new Shelter("西岗区妇女儿童临时庇护站（演示）", "西岗区演示路 1 号", 3, Instant.now()));
      LOG.info("Demo shelter created (capacity 3)");
    }
  }
}
