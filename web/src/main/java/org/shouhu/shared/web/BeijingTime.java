package org.shouhu.shared.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.shouhu.shared.domain.Beijing;

/**
 * Times as users type them on a page: local Beijing time to the minute ({@code 2026-11-28 10:15},
 * or with a {@code T}, or with seconds).
 */
public final class BeijingTime {

  private BeijingTime() {}

  /** Now, to the minute, as a field's default ({@code 2026-11-28T10:15}). */
  public static String nowToTheMinute() {
    return LocalDateTime.now(Beijing.ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
  }

  /** The typed time as RFC 3339 with its offset, for the services; null when blank. */
  public static String toRfc3339(String local) {
    if (local == null || local.isBlank()) {
      return null;
    }
    String t = local.strip().replace(' ', 'T');
    return t + (t.length() == 16 ? ":00" : "") + "+08:00";
  }

  /**
   * The typed time as an instant; null when blank.
   *
   * @throws java.time.format.DateTimeParseException when it cannot be read
   */
  public static Instant parse(String local) {
    return local == null || local.isBlank()
        ? null
        : LocalDateTime.parse(local.strip().replace(' ', 'T')).atZone(Beijing.ZONE).toInstant();
  }
}
