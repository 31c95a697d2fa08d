package org.shouhu.casework.domain;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Filters of the case list; null means any. {@code query} matches a case number exactly, or a
 * subject's full name or ID number exactly (through their keyed hashes, never by substring). {@code
 * overdue} true keeps the cases with a deadline overdue at {@code asOf}, false those without one.
 * {@code assignee} keeps the cases assigned to that user; {@code mineOf} those assigned to, or
 * taken in by, that user; {@code awaitingDecisionBy} those with a closure request that user did not
 * make (and so may decide). {@code openOnly} keeps the cases not closed or refused; {@code
 * visitDueBy} those with a visit due (an open deadline a visit meets) by then, overdue ones
 * included. {@code oldestFirst} turns the order (newest report first by default).
 */
public record CaseFilter(
    CaseKind kind,
    CaseStatus status,
    String query,
    Boolean overdue,
    Instant asOf,
    String assignee,
    String mineOf,
    String awaitingDecisionBy,
    boolean openOnly,
    Instant visitDueBy,
    boolean oldestFirst) {

  private static final Pattern CASE_NUMBER = Pattern.compile("XG-\\d{4}-\\d{6}");

  public CaseFilter(CaseKind kind, CaseStatus status, String query) {
    this(kind, status, query, null, null);
  }

  public CaseFilter(CaseKind kind, CaseStatus status, String query, Boolean overdue, Instant asOf) {
    this(kind, status, query, overdue, asOf, null, null, null, false, null, false);
  }

  public boolean queriesCaseNumber() {
    return query != null && CASE_NUMBER.matcher(query).matches();
  }
}
