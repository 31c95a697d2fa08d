package org.shouhu.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.directory.application.JurisdictionTreeSource;
import org.shouhu.directory.domain.JurisdictionTree;
import org.shouhu.shared.infrastructure.ConfigFiles;

/**
 * Reads the tree from the file named by {@code shouhu.jurisdictions.file} (environment {@code
 * SHOUHU_JURISDICTIONS_FILE}), or else from the copy of {@code config/directory/jurisdictions.tsv}
 * that ships inside the application.
 */
@ApplicationScoped
public class ConfiguredTreeSource implements JurisdictionTreeSource {

  static final String BUNDLED = "/directory/jurisdictions.tsv";

  @Inject
  @ConfigProperty(name = "shouhu.jurisdictions.file")
  Optional<String> file;

  @Override
  public JurisdictionTree read() {
    return JurisdictionTree.parse(
        ConfigFiles.lines(file, BUNDLED)
            .orElseThrow(
                () -> new IllegalStateException("the bundled jurisdiction tree is missing")));
  }
}
