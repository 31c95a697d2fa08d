package org.shouhu.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shouhu.casework.domain.Deadline;
import org.shouhu.casework.domain.DeadlineRepository;
import org.shouhu.shared.infrastructure.InstantConverter;

/**
 * Deadlines in JPA. The escalation mark is a row of its own, inserted with {@code INSERT IGNORE}:
 * of two scans that race for a deadline, the second waits for the first to commit and then finds
 * the row there (0 rows inserted), whether they run on one server or two.
 */
@ApplicationScoped
public class JpaDeadlineRepository implements DeadlineRepository {

  private static final InstantConverter INSTANTS = new InstantConverter();

  @PersistenceContext EntityManager em;

  @Override
  public List<String> overdueNotEscalated(Instant now, int limit) {
    return em.createQuery(
            "select d.id from Deadline d where d.metAt is null and d.lapsedAt is null"
                + " and d.dueAt < :now and not exists (select e from DeadlineEscalation e"
                + " where e.deadlineId = d.id) order by d.dueAt, d.id",
            String.class)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<String> openNamed(String name, Instant dueBefore, int limit) {
    return em.createQuery(
            "select d.id from Deadline d where d.name = :name and d.metAt is null"
                + " and d.lapsedAt is null and d.dueAt < :before order by d.dueAt, d.id",
            String.class)
        .setParameter("name", name)
        .setParameter("before", dueBefore)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<Deadline> find(String id) {
    return Optional.ofNullable(em.find(Deadline.class, id));
  }

  @Override
  public boolean markEscalated(String deadlineId, Instant at) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO deadline_escalation (deadline_id, escalated_at) VALUES (?1, ?2)")
            .setParameter(1, deadlineId)
            .setParameter(2, INSTANTS.convertToDatabaseColumn(at))
            .executeUpdate()
        == 1;
  }
}
