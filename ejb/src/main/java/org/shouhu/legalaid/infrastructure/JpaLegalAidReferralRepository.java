package org.shouhu.legalaid.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.shouhu.legalaid.domain.LegalAidReferral;
import org.shouhu.legalaid.domain.LegalAidReferralRepository;

@ApplicationScoped
public class JpaLegalAidReferralRepository implements LegalAidReferralRepository {

  /** The district's shared cases' referrals: scoped in the query, never filtered after loading. */
  private static final String IN_DISTRICT =
      " from LegalAidReferral r, Case c where c.id = r.caseId and c.sharedWithLegalAid = true"
          + " and c.jurisdiction like :prefix";

  @PersistenceContext EntityManager em;

  @Override
  public void store(LegalAidReferral referral) {
    em.persist(referral);
  }

  /** Locked until the transaction ends: two officers' steps on one referral go one at a time. */
  @Override
  public Optional<LegalAidReferral> find(String id) {
    return Optional.ofNullable(em.find(LegalAidReferral.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<LegalAidReferral> ofCase(String caseId) {
    return em.createQuery(
            "select r from LegalAidReferral r where r.caseId = :caseId order by r.referredAt",
            LegalAidReferral.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public List<LegalAidReferral> inDistrict(
      String prefix, LegalAidReferral.Status status, int first, int max) {
    TypedQuery<LegalAidReferral> q =
        em.createQuery(
            "select r" + where(status) + " order by r.referredAt, r.id", LegalAidReferral.class);
    return bind(q, prefix, status).setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long countInDistrict(String prefix, LegalAidReferral.Status status) {
    return bind(em.createQuery("select count(r)" + where(status), Long.class), prefix, status)
        .getSingleResult();
  }

  private static String where(LegalAidReferral.Status status) {
    return IN_DISTRICT + (status == null ? "" : " and r.status = :status");
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> q, String prefix, LegalAidReferral.Status status) {
    q.setParameter("prefix", prefix + "%");
    return status == null ? q : q.setParameter("status", status);
  }
}
