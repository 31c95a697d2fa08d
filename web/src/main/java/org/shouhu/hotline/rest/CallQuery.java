package org.shouhu.hotline.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.hotline.domain.CallOutcome;
import org.shouhu.hotline.domain.CallRepository;
import org.shouhu.hotline.domain.Line;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.InvalidInputException.FieldError;
import org.shouhu.shared.rest.Paging;
import org.shouhu.shared.rest.QueryValues;

/**
 * The query parameters of {@code GET /api/v1/calls}, checked: {@code line} 12338 or 12349, {@code
 * from} and {@code to} days ({@code YYYY-MM-DD}, Asia/Shanghai, both included), known {@code
 * category} and {@code outcome}, {@code page} and {@code size} as every list; anything else 422.
 */
record CallQuery(CallRepository.Filter filter, int page, int size) {

  static CallQuery of(
      String line,
      String from,
      String to,
      String category,
      String outcome,
      String page,
      String size) {
    List<FieldError> errors = new ArrayList<>();
    Line l = null;
    if (line != null && !line.isBlank()) {
      l = Line.of(line.strip()).orElse(null);
      if (l == null) {
        errors.add(new FieldError("line", "call.line.invalid"));
      }
    }
    LocalDate first = day(from, "from", errors);
    LocalDate last = day(to, "to", errors);
    CaseCategory c = QueryValues.enumValue(CaseCategory.class, category, "category", errors);
    CallOutcome o = QueryValues.enumValue(CallOutcome.class, outcome, "outcome", errors);
    Paging paging = Paging.of(page, size, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, false);
    }
    return new CallQuery(
        new CallRepository.Filter(
            l, startOf(first), last == null ? null : startOf(last.plusDays(1)), c, o),
        paging.page(),
        paging.size());
  }

  /** {@code [from, to]} as instants, both days given (statistics). */
  static Instant[] range(String from, String to) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate first = day(from, "from", errors);
    LocalDate last = day(to, "to", errors);
    if (first == null && errors.isEmpty()) {
      errors.add(new FieldError("from", "validation.required"));
    }
    if (last == null && errors.isEmpty()) {
      errors.add(new FieldError("to", "validation.required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, false);
    }
    return new Instant[] {startOf(first), startOf(last.plusDays(1))};
  }

  private static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(Beijing.ZONE).toInstant();
  }

  private static LocalDate day(String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(value.strip());
      if (d.getYear() >= 2000 && d.getYear() <= 2100) {
        return d;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    errors.add(new FieldError(field, "validation.date"));
    return null;
  }
}
