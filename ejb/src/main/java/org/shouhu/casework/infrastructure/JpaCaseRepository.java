package org.shouhu.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseFilter;
import org.shouhu.casework.domain.CaseNumber;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.CaseScope;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.casework.domain.Milestone;
import org.shouhu.casework.domain.PartyRole;
import org.shouhu.casework.domain.PersonIndex;
import org.shouhu.shared.domain.ConflictException;

/**
 * Cases in JPA. The caller's scope is a condition of every query ({@link ScopedQuery}), never a
 * filter applied after loading.
 */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

  private static final List<CaseStatus> CLOSED =
      List.of(CaseStatus.CLOSED, CaseStatus.NOT_ACCEPTED);

  @PersistenceContext EntityManager em;
  @Inject PersonIndex.Hasher hasher;

  @Override
  public Optional<Case> find(String id, CaseScope scope) {
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    ScopedQuery query = new ScopedQuery(scope).and("c.id = :id", "id", id);
    return query.select(em, "c", Case.class).getResultStream().findFirst();
  }

  @Override
  public Optional<Case> findAnywhere(String id) {
    return Optional.ofNullable(em.find(Case.class, id));
  }

  @Override
  public List<Case> search(CaseFilter filter, CaseScope scope, int page, int size) {
    if (scope.isEmpty()) {
      return List.of();
    }
    return filtered(filter, scope)
        .orderBy(
            filter.oldestFirst()
                ? "c.report.receivedAt, c.caseNumber"
                : "c.report.receivedAt desc, c.caseNumber desc")
        .select(em, "c", Case.class)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.parties")
        .setHint("eclipselink.batch", "c.parties.person")
        .setHint("eclipselink.batch", "c.deadlines")
        .setHint("eclipselink.batch", "c.visits")
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long count(CaseFilter filter, CaseScope scope) {
    if (scope.isEmpty()) {
      return 0;
    }
    return filtered(filter, scope).select(em, "count(c)", Long.class).getSingleResult();
  }

  private ScopedQuery filtered(CaseFilter filter, CaseScope scope) {
    ScopedQuery query = new ScopedQuery(scope);
    if (filter.kind() != null) {
      query.and("c.kind = :kind", "kind", filter.kind());
    }
    if (filter.status() != null) {
      query.and("c.status = :status", "status", filter.status());
    }
    if (filter.overdue() != null) {
      query.and(
          (filter.overdue() ? "" : "not ")
              + "exists (select d from Deadline d where d.caseFile = c and d.metAt is null"
              + " and d.lapsedAt is null and d.dueAt < :asOf)",
          "asOf",
          filter.asOf());
    }
    if (filter.assignee() != null) {
      query.and("c.assignee = :assignee", "assignee", filter.assignee());
    }
    if (filter.mineOf() != null) {
      query.and("(c.assignee = :me or c.report.takenBy = :me)", "me", filter.mineOf());
    }
    if (filter.awaitingDecisionBy() != null) {
      query.and(
          "c.closureRequest.requestedBy is not null and c.closureRequest.requestedBy <> :decider",
          "decider",
          filter.awaitingDecisionBy());
    }
    if (filter.openOnly()) {
      query.and(
          "c.status not in :ended", "ended", List.of(CaseStatus.CLOSED, CaseStatus.NOT_ACCEPTED));
    }
    if (filter.visitDueBy() != null) {
      query
          .and(
              "exists (select v from Deadline v where v.caseFile = c and v.metAt is null"
                  + " and v.lapsedAt is null and v.metBy = :visited and v.dueAt <= :visitDueBy)",
              "visitDueBy",
              filter.visitDueBy())
          .with("visited", Milestone.VISITED);
    }
    if (filter.queriesCaseNumber()) {
      query.and("c.caseNumber = :caseNumber", "caseNumber", filter.query());
    } else if (filter.query() != null) {
      String[] hashes = PersonIndex.forSearch(filter.query(), hasher);
      query
          .and(
              "exists (select p from CaseParty p where p.caseFile = c and p.role = :subjectRole"
                  + " and (p.person.idHash = :qId or p.person.nameHash = :qName))",
              "qId",
              hashes[0])
          .with("qName", hashes[1])
          .with("subjectRole", PartyRole.SUBJECT);
    }
    return query;
  }

  @Override
  public void store(Case aCase) {
    if (!em.contains(aCase)) {
      em.persist(aCase); // written at commit, with the rest: nobody else can hold a new case
      return;
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("case.version.concurrent");
    }
  }

  @Override
  public CaseNumber nextNumber(int year) {
    int updated =
        em.createNativeQuery(
                "UPDATE case_number_counter SET issued = issued + 1 WHERE counter_year = ?1")
            .setParameter(1, year)
            .setFlushMode(FlushModeType.COMMIT) // the counter needs none of the pending inserts
            .executeUpdate();
    if (updated != 1) {
      throw new IllegalStateException("no case-number counter for the year " + year);
    }
    Number issued =
        (Number)
            em.createNativeQuery("SELECT issued FROM case_number_counter WHERE counter_year = ?1")
                .setParameter(1, year)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
    return CaseNumber.of(year, issued.longValue());
  }

  @Override
  public List<String> openCaseNumbersOfSubjects(List<String> personIds, CaseScope scope) {
    if (personIds.isEmpty() || scope.isEmpty()) {
      return List.of();
    }
    return openOfSubjects(new ScopedQuery(scope), personIds)
        .orderBy("c.caseNumber")
        .select(em, "c.caseNumber", String.class)
        .getResultList();
  }

  @Override
  public List<Case> openCasesOfSubjects(List<String> personIds) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    return openOfSubjects(new ScopedQuery(null), personIds)
        .select(em, "c", Case.class)
        .getResultList();
  }

  private static ScopedQuery openOfSubjects(ScopedQuery query, List<String> personIds) {
    return query
        .and("c.status not in :closed", "closed", CLOSED)
        .and(
            "exists (select p from CaseParty p where p.caseFile = c"
                + " and p.role = :subjectRole and p.person.id in :persons)",
            "persons",
            personIds)
        .with("subjectRole", PartyRole.SUBJECT);
  }

  /**
   * A JPQL query over {@code Case c} whose conditions always include the scope: the same clauses as
   * {@link CaseScope#readerOf}.
   */
  static final class ScopedQuery {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private String orderBy = "";

    /** With a null scope the query is unscoped (only for counts that reveal no record). */
    ScopedQuery(CaseScope scope) {
      if (scope == null) {
        return;
      }
      List<String> anyOf = new ArrayList<>();
      int i = 0;
      for (String prefix : scope.jurisdictionPrefixes()) {
        anyOf.add("c.jurisdiction like :scope" + i);
        parameters.put("scope" + i++, prefix + "%");
      }
      if (scope.intakeTaker() != null) {
        anyOf.add("(c.report.takenBy = :scopeTaker and c.status = :scopeIntake)");
        parameters.put("scopeTaker", scope.intakeTaker());
        parameters.put("scopeIntake", CaseStatus.INTAKE);
      }
      if (scope.legalAidPrefix() != null) {
        anyOf.add("(c.sharedWithLegalAid = true and c.jurisdiction like :scopeLegalAid)");
        parameters.put("scopeLegalAid", scope.legalAidPrefix() + "%");
      }
      conditions.add("(" + String.join(" or ", anyOf) + ")");
    }

    ScopedQuery and(String condition, String name, Object value) {
      conditions.add(condition);
      parameters.put(name, value);
      return this;
    }

    ScopedQuery with(String name, Object value) {
      parameters.put(name, value);
      return this;
    }

    ScopedQuery orderBy(String order) {
      orderBy = " order by " + order;
      return this;
    }

    <T> TypedQuery<T> select(EntityManager em, String what, Class<T> type) {
      String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
      TypedQuery<T> query =
          em.createQuery("select " + what + " from Case c" + where + orderBy, type);
      parameters.forEach(query::setParameter);
      return query;
    }
  }
}
