package org.shouhu.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} of a file to be saved, whatever letters its name holds (RFC 6266).
 */
public final class ContentDisposition {

  private ContentDisposition() {}

  /** {@code attachment}, with the name in plain ASCII and in full. */
  public static String attachment(String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return "attachment; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
