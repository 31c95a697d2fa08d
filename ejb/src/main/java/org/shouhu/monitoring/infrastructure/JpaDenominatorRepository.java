package org.shouhu.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.shouhu.monitoring.domain.Denominator;
import org.shouhu.monitoring.domain.DenominatorRepository;

/** Denominators in JPA. */
@ApplicationScoped
public class JpaDenominatorRepository implements DenominatorRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<Denominator> ofYear(int year) {
    return em.createQuery(
            "select d from Denominator d where d.year = :year order by d.street, d.name",
            Denominator.class)
        .setParameter("year", year)
        .getResultList();
  }

  @Override
  public Optional<Denominator> find(String id) {
    return Optional.ofNullable(em.find(Denominator.class, id));
  }

  @Override
  public void store(Denominator denominator) {
    if (!em.contains(denominator)) {
      em.persist(denominator);
    }
  }
}
