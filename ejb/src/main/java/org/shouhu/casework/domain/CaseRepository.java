package org.shouhu.casework.domain;

import java.util.List;
import java.util.Optional;

/** Stored cases, always read within a {@link CaseScope}. */
public interface CaseRepository {

  /** The case if it exists and lies within the scope; empty otherwise (both answered as 404). */
  Optional<Case> find(String id, CaseScope scope);

  /** The case wherever it lies — only for a logged break-glass access. */
  Optional<Case> findAnywhere(String id);

  /** Cases matching the filter within the scope, newest received first. */
  List<Case> search(CaseFilter filter, CaseScope scope, int page, int size);

  long count(CaseFilter filter, CaseScope scope);

  void store(Case aCase);

  /**
   * The next number of {@code year}'s sequence, without gaps: it locks that year's counter until
   * the transaction ends, so call it as late as possible.
   */
  CaseNumber nextNumber(int year);

  /** Numbers of open cases, within the scope, whose subject is one of these persons. */
  List<String> openCaseNumbersOfSubjects(List<String> personIds, CaseScope scope);

  /**
   * Open cases, in any scope, whose subject is one of these persons — never shown to the caller:
   * only counted, and their own supervisors notified.
   */
  List<Case> openCasesOfSubjects(List<String> personIds);
}
