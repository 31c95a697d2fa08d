package org.shouhu.protection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shouhu.casework.domain.CaseScope;
import org.shouhu.protection.domain.Assessment;
import org.shouhu.protection.domain.AssessmentRepository;
import org.shouhu.protection.domain.RiskLevel;
import org.shouhu.shared.domain.ConflictException;

/** Assessments in JPA; always looked up with their case. */
@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {

  /** The most a review list holds (a street has far fewer open assessments). */
  static final int REVIEW_LIST_MAX = 200;

  @PersistenceContext EntityManager em;

  @Override
  public List<Assessment> ofCase(String caseId) {
    return em.createQuery(
            "select a from Assessment a where a.caseId = :caseId"
                + " order by a.assessedAt desc, a.id",
            Assessment.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public Optional<Assessment> find(String caseId, String assessmentId) {
    return em.createQuery(
            "select a from Assessment a where a.id = :id and a.caseId = :caseId", Assessment.class)
        .setParameter("id", assessmentId)
        .setParameter("caseId", caseId)
        .getResultStream()
        .findFirst();
  }

  /**
   * Submitted, not by the reviewer, on open cases in the reviewer's jurisdictions (reviews are for
   * handlers: the scope's other clauses do not apply).
   */
  @Override
  public List<Assessment> awaitingReview(CaseScope scope, String reviewer) {
    OpenCasesInScope inScope = new OpenCasesInScope(scope);
    if (inScope.isEmpty()) {
      return List.of();
    }
    return inScope
        .bind(
            em.createQuery(
                "select a from Assessment a where a.status = :submitted and a.assessedBy <> :me"
                    + " and "
                    + inScope.condition("a.caseId")
                    + " order by a.assessedAt",
                Assessment.class))
        .setParameter("submitted", Assessment.Status.SUBMITTED)
        .setParameter("me", reviewer)
        .setMaxResults(REVIEW_LIST_MAX)
        .getResultList()
        .stream()
        .sorted(
            Comparator.comparing(Assessment::riskLevel)
                .reversed()
                .thenComparing(Assessment::assessedAt))
        .toList();
  }

  @Override
  public List<Assessment> latestAt(CaseScope scope, String instrument, Set<RiskLevel> levels) {
    OpenCasesInScope inScope = new OpenCasesInScope(scope);
    if (inScope.isEmpty() || levels.isEmpty()) {
      return List.of();
    }
    return inScope
        .bind(
            em.createQuery(
                "select a from Assessment a where a.instrument = :instrument"
                    + " and a.riskLevel in :levels and a.assessedAt = (select max(b.assessedAt)"
                    + " from Assessment b where b.caseId = a.caseId and b.instrument = :instrument)"
                    + " and "
                    + inScope.condition("a.caseId"),
                Assessment.class))
        .setParameter("instrument", instrument)
        .setParameter("levels", List.copyOf(levels))
        .setMaxResults(REVIEW_LIST_MAX)
        .getResultList();
  }

  @Override
  public void store(Assessment assessment) {
    if (!em.contains(assessment)) {
      em.persist(assessment);
      return;
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("assessment.concurrent");
    }
  }
}
