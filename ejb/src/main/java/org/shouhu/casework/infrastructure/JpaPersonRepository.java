package org.shouhu.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import org.shouhu.casework.domain.Person;
import org.shouhu.casework.domain.PersonDetails;
import org.shouhu.casework.domain.PersonRepository;

/**
 * Persons in JPA. Names are compared exactly in Java (code point by code point): database
 * collations treat distinct rare characters as equal. Issue #5 replaces these look-ups with keyed
 * hashes over encrypted columns.
 */
@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<Person> findSame(PersonDetails details) {
    if (details.idNumber() == null && details.birthDate() == null) {
      return List.of();
    }
    return em.createQuery(
            "select p from Person p where (p.idNumber is not null and p.idNumber = :idNumber)"
                + " or (p.birthDate is not null and p.birthDate = :birthDate)",
            Person.class)
        .setParameter("idNumber", details.idNumber())
        .setParameter("birthDate", details.birthDate())
        .getResultStream()
        .filter(p -> same(p.details(), details))
        .toList();
  }

  private static boolean same(PersonDetails known, PersonDetails candidate) {
    if (candidate.idNumber() != null && candidate.idNumber().equals(known.idNumber())) {
      return Objects.equals(candidate.idType(), known.idType());
    }
    return candidate.birthDate() != null
        && candidate.birthDate().equals(known.birthDate())
        && candidate.name().equals(known.name());
  }

  @Override
  public void store(Person person) {
    em.persist(person);
  }
}
