package org.shouhu.legalaid.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

  @Override
  public Optional<LegalAidReferral> find(String id) {
    return Optional.ofNullable(em.find(LegalAidReferral.class, id));
  }

  /**
   * Locked until the transaction ends, and read again under the lock (it may have been read before
   * it): two officers' steps on one referral go one after the other, each on the other's result.
   */
  @Override
  public Optional<LegalAidReferral> lock(String id) {
    LegalAidReferral r = em.find(LegalAidReferral.class, id);
    if (r != null) {
      em.refresh(r, LockModeType.PESSIMISTIC_WRITE);
    }
    return Optional.ofNullable(r);
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
      String prefix, Set<LegalAidReferral.Status> statuses, int first, int max) {
    TypedQuery<LegalAidReferral> q =
        em.createQuery(
            "select r" + where(statuses) + " order by r.referredAt desc, r.id",
            LegalAidReferral.class);
    return bind(q, prefix, statuses).setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long countInDistrict(String prefix, Set<LegalAidReferral.Status> statuses) {
    return bind(em.createQuery("select count(r)" + where(statuses), Long.class), prefix, statuses)
        .getSingleResult();
  }

  private static String where(Set<LegalAidReferral.Status> statuses) {
    return IN_DISTRICT + (statuses.isEmpty() ? "" : " and r.status in :statuses");
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> q, String prefix, Set<LegalAidReferral.Status> statuses) {
    q.setParameter("prefix", prefix + "%");
    return statuses.isEmpty() ? q : q.setParameter("statuses", statuses);
  }
}
