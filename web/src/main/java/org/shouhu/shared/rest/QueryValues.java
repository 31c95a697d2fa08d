package org.shouhu.shared.rest;

import java.util.List;
import java.util.Map;
import org.shouhu.shared.domain.InvalidInputException.FieldError;

/** Query parameters read for lists: a bad one becomes a field error, reported with the others. */
public final class QueryValues {

  private QueryValues() {}

  /** The enum value named {@code value}; null when blank, or (with an error added) unknown. */
  public static <E extends Enum<E>> E enumValue(
      Class<E> type, String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, "validation.enum", Map.of("allowed", type)));
      return null;
    }
  }
}
