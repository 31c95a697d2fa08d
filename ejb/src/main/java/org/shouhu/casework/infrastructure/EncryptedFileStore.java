package org.shouhu.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.casework.application.AttachmentFiles;
import org.shouhu.shared.infrastructure.EncryptedFiles;
import org.shouhu.shared.infrastructure.FieldCipher;
import org.shouhu.shared.infrastructure.Keys;

/**
 * Case files on disk, in {@code SHOUHU_ATTACHMENTS_DIR} (default: the server's data folder, {@code
 * attachments/}): outside the web root and the database, each sealed with the data key (AES-GCM,
 * the attachment's id bound in), named by that random id, written whole before it is renamed into
 * place. Back this folder up with the database: a case's files are nowhere else.
 */
@ApplicationScoped
public class EncryptedFileStore implements AttachmentFiles, EncryptedFiles {

  @Inject
  @ConfigProperty(name = "shouhu.attachments.dir")
  Optional<String> configured;

  @Override
  public void write(String attachmentId, byte[] plain) {
    Path target = fileOf(attachmentId);
    try {
      Files.createDirectories(target.getParent());
      Path part = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".part");
      Files.write(part, Keys.cipher().seal(plain, context(attachmentId)));
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the file of attachment " + attachmentId, e);
    }
  }

  @Override
  public byte[] read(String attachmentId) {
    try {
      return Keys.cipher().open(Files.readAllBytes(fileOf(attachmentId)), context(attachmentId));
    } catch (IOException e) {
      throw new IllegalStateException("the file of attachment " + attachmentId + " is missing", e);
    }
  }

  /** Seals again, under the current key, every file sealed under a retired one. */
  @Override
  public int reencrypt(FieldCipher cipher) {
    Path root = root();
    if (!Files.isDirectory(root)) {
      return 0;
    }
    int count = 0;
    try (Stream<Path> all = Files.walk(root)) {
      for (Path file :
          all.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".part")).toList()) {
        byte[] sealed = Files.readAllBytes(file);
        String id = file.getFileName().toString();
        if (!FieldCipher.versionOfSealed(sealed).equals(cipher.currentVersion())) {
          write(id, cipher.open(sealed, context(id)));
          count++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot re-encrypt the case files", e);
    }
    return count;
  }

  private Path fileOf(String attachmentId) {
    if (!attachmentId.matches("[0-9a-f-]{36}")) {
      throw new IllegalArgumentException("not an attachment id");
    }
    return root().resolve(attachmentId.substring(0, 2)).resolve(attachmentId);
  }

  private Path root() {
    return Path.of(
        configured
            .filter(dir -> !dir.isBlank())
            .orElseGet(() -> System.getProperty("jboss.server.data.dir", ".") + "/attachments"));
  }

  private static String context(String attachmentId) {
    return "case_attachment:" + attachmentId;
  }
}
