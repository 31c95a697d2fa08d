package org.shouhu.shared.infrastructure;

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

/**
 * Configuration files kept in {@code config/}: read from the file an administrator names (an
 * environment variable), or else from the copy that ships inside the application.
 */
public final class ConfigFiles {

  private ConfigFiles() {}

  /** The lines of {@code file} if given, else of the bundled resource; empty if neither exists. */
  public static Optional<List<String>> lines(Optional<String> file, String bundled) {
    try {
      if (file.isPresent() && !file.get().isBlank()) {
        return Optional.of(Files.readAllLines(Path.of(file.get()), StandardCharsets.UTF_8));
      }
      try (InputStream in = ConfigFiles.class.getResourceAsStream(bundled)) {
        if (in == null) {
          return Optional.empty();
        }
        return Optional.of(
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.orElse(bundled), e);
    }
  }
}
