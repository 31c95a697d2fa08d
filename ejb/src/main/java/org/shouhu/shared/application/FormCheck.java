package org.shouhu.shared.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.InvalidInputException.FieldError;

/**
 * Collects every field error of a form before reporting them together (422), so that a user
 * corrects all of them at once. Each check returns the parsed value, or null after recording why
 * the field is wrong.
 */
public final class FormCheck {

  /** Clock skew tolerated between a client's clock and the server's for "not in the future". */
  public static final java.time.Duration SKEW = java.time.Duration.ofMinutes(5);

  private final List<FieldError> errors = new ArrayList<>();
  private final Instant now;

  public FormCheck(Instant now) {
    this.now = now;
  }

  public void error(String field, String key, Object... arguments) {
    errors.add(new FieldError(field, key, arguments));
  }

  public boolean present(String field, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      error(field, "validation.required");
      return false;
    }
    return true;
  }

  public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      error(field, "validation.enum", allowed(type.getEnumConstants()));
      return null;
    }
  }

  public Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      Instant instant = OffsetDateTime.parse(value.strip()).toInstant();
      if (instant.isAfter(now.plus(SKEW))) {
        error(field, "validation.future");
        return null;
      }
      return instant;
    } catch (DateTimeParseException e) {
      error(field, "validation.dateTime");
      return null;
    }
  }

  public LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.strip());
      if (date.isAfter(LocalDate.ofInstant(now.plus(SKEW), java.time.ZoneOffset.ofHours(14)))) {
        error(field, "validation.future");
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      error(field, "validation.date");
      return null;
    }
  }

  /** Free text up to {@code max} characters (code points), stored verbatim; blank is absent. */
  public String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.codePointCount(0, value.length()) > max) {
      error(field, "validation.tooLong", max);
      return null;
    }
    return value;
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, false);
    }
  }

  public static String allowed(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }
}
