package org.shouhu.protection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.shouhu.casework.domain.CaseScope;
import org.shouhu.protection.domain.ProtectionOrder;
import org.shouhu.protection.domain.ProtectionOrderRepository;
import org.shouhu.shared.domain.ConflictException;

/** Protection orders in JPA; always looked up with their case. */
@ApplicationScoped
public class JpaProtectionOrderRepository implements ProtectionOrderRepository {

  /** The most a worklist names (a district has far fewer live orders). */
  static final int WORKLIST_MAX = 500;

  @PersistenceContext EntityManager em;

  @Override
  public List<ProtectionOrder> ofCase(String caseId) {
    return em.createQuery(
            "select o from ProtectionOrder o where o.caseId = :caseId"
                + " order by o.appliedAt desc, o.id",
            ProtectionOrder.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public Optional<ProtectionOrder> find(String caseId, String orderId) {
    return em.createQuery(
            "select o from ProtectionOrder o where o.id = :id and o.caseId = :caseId",
            ProtectionOrder.class)
        .setParameter("id", orderId)
        .setParameter("caseId", caseId)
        .getResultStream()
        .findFirst();
  }

  /** Pending and issued orders of open cases in the scope's jurisdictions (handlers' lists). */
  @Override
  public List<ProtectionOrder> onWorklists(CaseScope scope) {
    OpenCasesInScope inScope = new OpenCasesInScope(scope);
    if (inScope.isEmpty()) {
      return List.of();
    }
    return inScope
        .bind(
            em.createQuery(
                "select o from ProtectionOrder o where o.status in :live and "
                    + inScope.condition("o.caseId")
                    + " order by o.acceptedAt",
                ProtectionOrder.class))
        .setParameter(
            "live", List.of(ProtectionOrder.Status.PENDING, ProtectionOrder.Status.ISSUED))
        .setMaxResults(WORKLIST_MAX)
        .getResultList();
  }

  @Override
  public void store(ProtectionOrder order) {
    if (!em.contains(order)) {
      em.persist(order);
      return;
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("order.concurrent");
    }
  }
}
