package org.shouhu.welfare.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.shared.infrastructure.ConfigFiles;
import org.shouhu.welfare.domain.RehabCaps;

/** The caps from {@code config/welfare/rehab-caps.tsv} (or {@code SHOUHU_REHAB_CAPS_FILE}). */
@ApplicationScoped
public class ConfiguredRehabCaps {

  static final String BUNDLED = "/welfare/rehab-caps.tsv";

  @Inject
  @ConfigProperty(name = "shouhu.rehab.caps-file")
  Optional<String> file;

  private volatile RehabCaps caps;

  @Produces
  public RehabCaps caps() {
    RehabCaps found = caps;
    if (found == null) {
      found =
          RehabCaps.parse(
              ConfigFiles.lines(file, BUNDLED)
                  .orElseThrow(() -> new IllegalStateException("no rehabilitation caps")));
      caps = found;
    }
    return found;
  }
}
