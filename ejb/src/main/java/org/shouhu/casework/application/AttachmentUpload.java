package org.shouhu.casework.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.casework.domain.AttachmentLabel;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;

/**
 * A file as uploaded (multipart {@code file}, {@code label}, {@code note}): its bytes and the name
 * it came with (without any folder), what it is, and a note.
 */
public record AttachmentUpload(
    byte[] bytes,
    @Schema(maxLength = 255) @Text(max = 255) String fileName,
    @Schema(implementation = AttachmentLabel.class, required = true)
        @Required
        @OneOf(AttachmentLabel.class)
        String label,
    @Schema(maxLength = 1000) @Text(max = 1000) String note) {

  public AttachmentUpload {
    bytes = bytes == null ? new byte[0] : bytes;
    fileName = baseName(fileName);
  }

  /** The name without any folder a browser sent with it; "file" when there is none. */
  private static String baseName(String name) {
    if (name == null || name.isBlank()) {
      return "file";
    }
    String base =
        name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    return base.isEmpty() ? "file" : base;
  }
}
