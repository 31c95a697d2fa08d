package org.shouhu.protection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.shouhu.protection.domain.PoliceWarning;
import org.shouhu.protection.domain.PoliceWarningRepository;

/** Police written warnings in JPA. */
@ApplicationScoped
public class JpaPoliceWarningRepository implements PoliceWarningRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<PoliceWarning> ofCase(String caseId) {
    return em.createQuery(
            "select w from PoliceWarning w where w.caseId = :caseId order by w.issuedAt desc, w.id",
            PoliceWarning.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public void store(PoliceWarning warning) {
    if (!em.contains(warning)) {
      em.persist(warning);
    }
  }
}
