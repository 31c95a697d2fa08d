package org.shouhu.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.shouhu.monitoring.domain.IndicatorRelease;
import org.shouhu.monitoring.domain.IndicatorReleaseRepository;
import org.shouhu.shared.domain.ConflictException;

/** Releases in JPA; two publications of one version meet the unique key, and one fails. */
@ApplicationScoped
public class JpaIndicatorReleaseRepository implements IndicatorReleaseRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<IndicatorRelease> latest(int year) {
    return of(year).stream().findFirst();
  }

  @Override
  public List<IndicatorRelease> of(int year) {
    return em.createQuery(
            "select r from IndicatorRelease r where r.year = :year order by r.version desc",
            IndicatorRelease.class)
        .setParameter("year", year)
        .getResultList();
  }

  @Override
  public void store(IndicatorRelease release) {
    try {
      em.persist(release);
      em.flush();
    } catch (PersistenceException e) { // another publication of the same version won
      throw new ConflictException("indicators.publish.concurrent");
    }
  }
}
