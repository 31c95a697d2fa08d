package org.shouhu.casework.domain;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Filters of the case list; null means any. {@code query} matches a case number exactly, or a
 * subject's full name or ID number exactly (through their keyed hashes, never by substring). {@code
 * overdue} true keeps the cases with a deadline overdue at {@code asOf}, false those without one.
 */
public record CaseFilter(
    CaseKind kind, CaseStatus status, String query, Boolean overdue, Instant asOf) {

  private static final Pattern CASE_NUMBER = Pattern.compile("XG-\\d{4}-\\d{6}");

  public CaseFilter(CaseKind kind, CaseStatus status, String query) {
    this(kind, status, query, null, null);
  }

  public boolean queriesCaseNumber() {
    return query != null && CASE_NUMBER.matcher(query).matches();
  }
}
