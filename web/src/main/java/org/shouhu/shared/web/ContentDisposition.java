package org.shouhu.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} of a file, whatever letters its name holds (RFC 6266): to be saved
 * ({@code attachment}) or opened in the browser ({@code inline}).
 */
public final class ContentDisposition {

  private ContentDisposition() {}

  /** {@code attachment}, with the name in plain ASCII and in full. */
  public static String attachment(String name) {
    return of("attachment", name);
  }

  /** {@code inline} (a printable form), with the name in plain ASCII and in full. */
  public static String inline(String name) {
    return of("inline", name);
  }

  private static String of(String type, String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return type
        + "; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
