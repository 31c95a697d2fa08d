package org.shouhu.protection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.shouhu.protection.domain.PlanAction;
import org.shouhu.protection.domain.PlanActionRepository;
import org.shouhu.shared.domain.ConflictException;

/** Plan actions in JPA; always looked up with their case. */
@ApplicationScoped
public class JpaPlanActionRepository implements PlanActionRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<PlanAction> ofCase(String caseId) {
    return em.createQuery(
            "select a from PlanAction a where a.caseId = :caseId order by a.dueOn, a.createdAt",
            PlanAction.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public Optional<PlanAction> find(String caseId, String actionId) {
    return em.createQuery(
            "select a from PlanAction a where a.id = :id and a.caseId = :caseId", PlanAction.class)
        .setParameter("id", actionId)
        .setParameter("caseId", caseId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(PlanAction action) {
    if (!em.contains(action)) {
      em.persist(action);
      return;
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("planAction.concurrent");
    }
  }
}
