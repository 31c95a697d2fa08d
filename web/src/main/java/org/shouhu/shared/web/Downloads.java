package org.shouhu.shared.web;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A file a page hands over through {@code p:fileDownload}: its name, type and bytes. */
public final class Downloads {

  private Downloads() {}

  /** An Excel workbook. */
  public static StreamedContent xlsx(String name, byte[] content) {
    return of(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
  }

  public static StreamedContent of(String name, String contentType, byte[] content) {
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(contentType)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }
}
