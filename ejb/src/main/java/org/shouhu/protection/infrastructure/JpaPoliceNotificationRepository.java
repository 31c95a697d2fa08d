package org.shouhu.protection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.shouhu.protection.domain.PoliceNotification;
import org.shouhu.protection.domain.PoliceNotificationRepository;

/** Police notifications in JPA. */
@ApplicationScoped
public class JpaPoliceNotificationRepository implements PoliceNotificationRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<PoliceNotification> ofCase(String caseId) {
    return em.createQuery(
            "select n from PoliceNotification n where n.caseId = :caseId"
                + " order by n.notifiedAt desc, n.id",
            PoliceNotification.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public void store(PoliceNotification notification) {
    if (!em.contains(notification)) {
      em.persist(notification);
    }
  }
}
