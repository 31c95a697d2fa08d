package org.shouhu.shared.application.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.shouhu.shared.domain.Beijing;

/**
 * The typed values of fields that kept their constraints ({@link OneOf}, {@link DateTime}, {@link
 * Date}): what commands hand their use cases. Absent or blank is null.
 */
public final class Values {

  private Values() {}

  /** The constant a valid {@link OneOf} value names. */
  public static <E extends Enum<E>> E of(Class<E> type, String value) {
    return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
  }

  /** The instant a valid {@link DateTime} value names. */
  public static Instant instant(String value) {
    return value == null || value.isBlank()
        ? null
        : OffsetDateTime.parse(value.strip()).toInstant();
  }

  /** The instant a valid {@link DateTime} value names, or {@code now} when it is absent. */
  public static Instant instantOr(String value, Instant now) {
    return value == null || value.isBlank() ? now : instant(value);
  }

  /** The date a valid {@link Date} value names. */
  public static LocalDate date(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
  }

  /**
   * The day a valid {@link Date}{@code (orDateTime = true)} value names: a date, or the day of a
   * date-time in Beijing.
   */
  public static LocalDate day(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.contains("T")
        ? Beijing.dateOf(OffsetDateTime.parse(value.strip()).toInstant())
        : LocalDate.parse(value.strip());
  }

  /** Whether {@code text} is well-formed UTF-16 without control characters but tab and breaks. */
  public static boolean storable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)
          || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
        return false;
      }
    }
    return true;
  }
}
