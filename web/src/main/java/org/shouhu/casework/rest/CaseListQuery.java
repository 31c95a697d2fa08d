package org.shouhu.casework.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.shouhu.casework.domain.CaseFilter;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.InvalidInputException.FieldError;
import org.shouhu.shared.rest.Paging;
import org.shouhu.shared.rest.QueryValues;

/**
 * The query parameters of {@code GET /api/v1/cases}, checked: {@code page} from 0, {@code size}
 * 1–100 (default 20), known {@code kind} and {@code status}, {@code overdue} true or false;
 * anything else is 422. {@code q} matches a case number, or a subject's full name or ID number,
 * exactly.
 */
record CaseListQuery(CaseFilter filter, int page, int size) {

  static CaseListQuery of(
      String kind, String status, String q, String overdue, String page, String size) {
    List<FieldError> errors = new ArrayList<>();
    CaseKind k = QueryValues.enumValue(CaseKind.class, kind, "kind", errors);
    CaseStatus s = QueryValues.enumValue(CaseStatus.class, status, "status", errors);
    Paging paging = Paging.of(page, size, errors);
    Boolean onlyOverdue = null;
    if (overdue != null && !overdue.isBlank()) {
      if (overdue.equals("true") || overdue.equals("false")) {
        onlyOverdue = overdue.equals("true");
      } else {
        errors.add(new FieldError("overdue", "validation.boolean"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, false);
    }
    String query = q == null || q.isBlank() ? null : q.strip();
    return new CaseListQuery(
        new CaseFilter(k, s, query, onlyOverdue, Instant.now()), paging.page(), paging.size());
  }
}
