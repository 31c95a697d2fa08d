package org.shouhu.welfare.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.shouhu.welfare.domain.SupportFile;
import org.shouhu.welfare.domain.SupportFileRepository;

/** The support files in JPA. */
@ApplicationScoped
public class JpaSupportFileRepository implements SupportFileRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<SupportFile> ofCase(String caseId) {
    return em.createQuery("select f from SupportFile f where f.caseId = :id", SupportFile.class)
        .setParameter("id", caseId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(SupportFile file) {
    if (!em.contains(file)) {
      em.persist(file);
    }
  }
}
