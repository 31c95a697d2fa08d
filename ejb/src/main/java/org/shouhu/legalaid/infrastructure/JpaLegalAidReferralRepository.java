package org.shouhu.legalaid.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.shouhu.legalaid.domain.LegalAidReferral;
import org.shouhu.legalaid.domain.LegalAidReferralRepository;

@ApplicationScoped
public class JpaLegalAidReferralRepository implements LegalAidReferralRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void store(LegalAidReferral referral) {
    em.persist(referral);
  }

  @Override
  public List<LegalAidReferral> ofCase(String caseId) {
    return em.createQuery(
            "select r from LegalAidReferral r where r.caseId = :caseId order by r.referredAt",
            LegalAidReferral.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }
}
