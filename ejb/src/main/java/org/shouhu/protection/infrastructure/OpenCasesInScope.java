package org.shouhu.protection.infrastructure;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import org.shouhu.casework.domain.CaseScope;
import org.shouhu.casework.domain.CaseStatus;

/**
 * The JPQL condition "the case {@code caseId} names is open and lies in the handler's
 * jurisdictions" — for the lists of protective work, which are handlers' (the scope's other
 * clauses, the hotline's and legal aid's, never apply to them).
 */
final class OpenCasesInScope {

  private final List<String> prefixes;

  OpenCasesInScope(CaseScope scope) {
    this.prefixes = new ArrayList<>(scope.jurisdictionPrefixes());
  }

  /** Whether the caller handles no case at all (the list is empty then). */
  boolean isEmpty() {
    return prefixes.isEmpty();
  }

  /** {@code exists (…)} over the case whose id is {@code caseId} (a JPQL path). */
  String condition(String caseId) {
    List<String> anyOf = new ArrayList<>();
    for (int i = 0; i < prefixes.size(); i++) {
      anyOf.add("c.jurisdiction like :scope" + i);
    }
    return "exists (select c from Case c where c.id = "
        + caseId
        + " and c.status not in :ended and ("
        + String.join(" or ", anyOf)
        + "))";
  }

  /** Binds the condition's parameters. */
  <T> TypedQuery<T> bind(TypedQuery<T> query) {
    query.setParameter("ended", List.of(CaseStatus.CLOSED, CaseStatus.NOT_ACCEPTED));
    for (int i = 0; i < prefixes.size(); i++) {
      query.setParameter("scope" + i, prefixes.get(i) + "%");
    }
    return query;
  }
}
