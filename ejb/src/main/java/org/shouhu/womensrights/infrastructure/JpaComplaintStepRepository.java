package org.shouhu.womensrights.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.shouhu.womensrights.domain.ComplaintStep;
import org.shouhu.womensrights.domain.ComplaintStepRepository;

/** Complaint steps in JPA. */
@ApplicationScoped
public class JpaComplaintStepRepository implements ComplaintStepRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<ComplaintStep> ofCase(String caseId) {
    return em.createQuery(
            "select s from ComplaintStep s where s.caseId = :id order by s.at, s.recordedAt",
            ComplaintStep.class)
        .setParameter("id", caseId)
        .getResultList();
  }

  @Override
  public void store(ComplaintStep step) {
    if (!em.contains(step)) {
      em.persist(step);
    }
  }
}
