package org.shouhu.transfer.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.shouhu.transfer.domain.CaseTransfer;
import org.shouhu.transfer.domain.CaseTransferRepository;

@ApplicationScoped
public class JpaCaseTransferRepository implements CaseTransferRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void store(CaseTransfer transfer) {
    em.persist(transfer);
  }

  @Override
  public Optional<CaseTransfer> find(String id) {
    return Optional.ofNullable(em.find(CaseTransfer.class, id));
  }

  @Override
  public Optional<CaseTransfer> lock(String id) {
    return Optional.ofNullable(em.find(CaseTransfer.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<CaseTransfer> ofCase(String caseId) {
    return em.createQuery(
            "select t from CaseTransfer t where t.caseId = :caseId order by t.requestedAt",
            CaseTransfer.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public List<CaseTransfer> pendingTo(String prefix, int first, int max) {
    return em.createQuery(
            "select t from CaseTransfer t where t.status = :status"
                + " and t.toCommunity like :prefix order by t.requestedAt, t.id",
            CaseTransfer.class)
        .setParameter("status", CaseTransfer.Status.REQUESTED)
        .setParameter("prefix", prefix + "%")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countPendingTo(String prefix) {
    return em.createQuery(
            "select count(t) from CaseTransfer t where t.status = :status"
                + " and t.toCommunity like :prefix",
            Long.class)
        .setParameter("status", CaseTransfer.Status.REQUESTED)
        .setParameter("prefix", prefix + "%")
        .getSingleResult();
  }
}
