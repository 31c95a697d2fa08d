package org.shouhu.welfare.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.welfare.domain.AllowanceStandard;
import org.shouhu.welfare.domain.AllowanceStandardRepository;

/** The standards in JPA; the unique key on category and month refuses a second one (409). */
@ApplicationScoped
public class JpaAllowanceStandardRepository implements AllowanceStandardRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<AllowanceStandard> all() {
    return em.createQuery(
            "select s from AllowanceStandardEntry s order by s.category, s.fromMonth",
            AllowanceStandardEntry.class)
        .getResultStream()
        .map(AllowanceStandardEntry::standard)
        .toList();
  }

  @Override
  public void add(AllowanceStandard standard, String by) {
    try {
      em.persist(new AllowanceStandardEntry(standard, by));
      em.flush();
    } catch (PersistenceException e) { // the same category and month, also at the same moment
      throw new ConflictException("standard.exists");
    }
  }
}
