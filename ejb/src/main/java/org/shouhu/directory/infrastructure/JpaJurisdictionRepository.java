package org.shouhu.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.directory.domain.JurisdictionRepository;
import org.shouhu.shared.domain.JurisdictionCode;

@ApplicationScoped
public class JpaJurisdictionRepository implements JurisdictionRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<Jurisdiction> findActive() {
    return em.createQuery(
            "select j from Jurisdiction j where j.retired = false order by j.code",
            Jurisdiction.class)
        .getResultList();
  }

  @Override
  public List<Jurisdiction> findAll() {
    return em.createQuery("select j from Jurisdiction j order by j.code", Jurisdiction.class)
        .getResultList();
  }

  @Override
  public Optional<Jurisdiction> find(JurisdictionCode code) {
    return Optional.ofNullable(em.find(Jurisdiction.class, code.value()));
  }

  @Override
  public void store(Jurisdiction jurisdiction) {
    em.persist(jurisdiction);
  }

  @Override
  public boolean isEmpty() {
    return em.createQuery("select count(j) from Jurisdiction j", Long.class).getSingleResult() == 0;
  }
}
