package org.shouhu.protection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.shouhu.protection.domain.Placement;
import org.shouhu.protection.domain.PlacementRepository;

/** Placements in JPA. */
@ApplicationScoped
public class JpaPlacementRepository implements PlacementRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<Placement> ofCase(String caseId) {
    return em.createQuery(
            "select p from Placement p where p.caseId = :caseId order by p.from desc, p.recordedAt"
                + " desc",
            Placement.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public void store(Placement placement) {
    if (!em.contains(placement)) {
      em.persist(placement);
    }
  }
}
