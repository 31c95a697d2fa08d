package org.shouhu.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.directory.application.JurisdictionTreeSource;
import org.shouhu.directory.domain.JurisdictionTree;

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
    return JurisdictionTree.parse(lines());
  }

  private List<String> lines() {
    try {
      if (file.isPresent() && !file.get().isBlank()) {
        return Files.readAllLines(Path.of(file.get()), StandardCharsets.UTF_8);
      }
      try (InputStream in = getClass().getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("the bundled jurisdiction tree is missing");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
            .lines()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the jurisdiction tree", e);
    }
  }
}
