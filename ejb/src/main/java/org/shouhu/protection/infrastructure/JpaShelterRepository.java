package org.shouhu.protection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.shouhu.protection.domain.Shelter;
import org.shouhu.protection.domain.ShelterRepository;
import org.shouhu.protection.domain.ShelterStay;

/**
 * Shelters and stays in JPA. {@link #lock} is {@code SELECT … FOR UPDATE} on the shelter's row (on
 * MariaDB, MySQL and H2 alike): a second admission to the same shelter waits for the first to
 * commit, then counts its stay.
 */
@ApplicationScoped
public class JpaShelterRepository implements ShelterRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<Shelter> all() {
    return em.createQuery("select s from Shelter s order by s.name", Shelter.class).getResultList();
  }

  @Override
  public Optional<Shelter> find(String id) {
    return Optional.ofNullable(em.find(Shelter.class, id));
  }

  @Override
  public Optional<Shelter> lock(String id) {
    return Optional.ofNullable(em.find(Shelter.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public long occupied(String shelterId) {
    return em.createQuery(
            "select count(s) from ShelterStay s where s.shelterId = :id and s.until is null",
            Long.class)
        .setParameter("id", shelterId)
        .getSingleResult();
  }

  @Override
  public List<ShelterStay> staysOf(String caseId) {
    return em.createQuery(
            "select s from ShelterStay s where s.caseId = :caseId order by s.from desc",
            ShelterStay.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public Optional<ShelterStay> findStay(String caseId, String stayId) {
    return em.createQuery(
            "select s from ShelterStay s where s.id = :id and s.caseId = :caseId",
            ShelterStay.class)
        .setParameter("id", stayId)
        .setParameter("caseId", caseId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(Shelter shelter) {
    if (!em.contains(shelter)) {
      em.persist(shelter);
    }
  }

  @Override
  public void store(ShelterStay stay) {
    if (!em.contains(stay)) {
      em.persist(stay);
    }
  }
}
