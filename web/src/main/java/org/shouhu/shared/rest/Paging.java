package org.shouhu.shared.rest;

import java.util.List;
import java.util.Map;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.InvalidInputException.FieldError;

/** The {@code page} (from 0) and {@code size} (1–100, default 20) of a list (API.md). */
public record Paging(int page, int size) {

  /**
   * Parses both, adding a field error for each bad one to {@code errors}; a page so far that its
   * first row lies beyond any list (past {@code Integer.MAX_VALUE}) is one too.
   */
  public static Paging of(String page, String size, List<FieldError> errors) {
    Paging paging =
        new Paging(
            number(page, 0, 0, Integer.MAX_VALUE, "page", "validation.page", errors),
            number(size, 20, 1, 100, "size", "validation.pageSize", errors));
    if ((long) paging.page() * paging.size() > Integer.MAX_VALUE - paging.size()) {
      errors.add(
          new FieldError(
              "page",
              "validation.pageTooFar",
              Map.of("page", paging.page(), "size", paging.size())));
    }
    return paging;
  }

  /** Parses both, refusing the request (422) if either is bad. */
  public static Paging of(String page, String size) {
    List<FieldError> errors = new java.util.ArrayList<>();
    Paging paging = of(page, size, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, false);
    }
    return paging;
  }

  private static int number(
      String value, int fallback, int min, int max, String field, String key, List<FieldError> e) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    e.add(new FieldError(field, key));
    return fallback;
  }
}
