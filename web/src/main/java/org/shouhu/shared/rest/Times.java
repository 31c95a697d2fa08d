package org.shouhu.shared.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.shouhu.shared.domain.Beijing;

/** How the API writes time: instants as RFC 3339 with seconds at +08:00, dates as YYYY-MM-DD. */
public final class Times {

  private Times() {}

  public static String format(Instant instant) {
    return instant == null
        ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            instant.truncatedTo(ChronoUnit.SECONDS).atZone(Beijing.ZONE).toOffsetDateTime());
  }

  public static String format(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
