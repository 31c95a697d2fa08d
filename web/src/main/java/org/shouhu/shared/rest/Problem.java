package org.shouhu.shared.rest;

import java.util.List;
import java.util.Locale;
import org.shouhu.shared.application.Messages;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code violations} lists the
 * fields that broke a rule; absent for other problems.
 */
public record Problem(
    String type, String title, int status, String detail, List<Violation> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field: its JSON path (e.g. {@code subject.idNumber}) and a message. */
  public record Violation(String field, String message) {}

  /** A problem whose title follows from the status and whose detail is a bundle message. */
  public static Problem of(Locale locale, int status, String detailKey, Object... arguments) {
    String titleKey = "problem.title." + status;
    if (!Messages.bundle(locale).containsKey(titleKey)) {
      titleKey = "problem.title." + (status / 100 * 100);
    }
    return new Problem(
        "about:blank",
        Messages.get(locale, titleKey),
        status,
        Messages.get(locale, detailKey, arguments),
        null);
  }
}
