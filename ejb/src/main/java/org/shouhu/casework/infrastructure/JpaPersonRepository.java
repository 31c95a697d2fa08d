package org.shouhu.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.shouhu.casework.domain.Person;
import org.shouhu.casework.domain.PersonIndex;
import org.shouhu.casework.domain.PersonRepository;

/** Persons in JPA, found by the keyed hashes of their ID number or name and birth date. */
@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<Person> findSame(PersonIndex index) {
    if (index.idHash() == null && index.nameBirthHash() == null) {
      return List.of();
    }
    return em.createQuery(
            "select p from Person p where p.idHash = :idHash or p.nameBirthHash = :nameBirthHash",
            Person.class)
        .setParameter("idHash", index.idHash() == null ? "-" : index.idHash())
        .setParameter("nameBirthHash", index.nameBirthHash() == null ? "-" : index.nameBirthHash())
        .getResultList();
  }

  @Override
  public void store(Person person) {
    em.persist(person);
  }
}
