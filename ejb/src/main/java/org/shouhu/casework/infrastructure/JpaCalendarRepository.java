package org.shouhu.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.shouhu.casework.domain.CalendarDay;
import org.shouhu.casework.domain.CalendarRepository;

/** The working-day calendar in JPA. */
@ApplicationScoped
public class JpaCalendarRepository implements CalendarRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<CalendarDay> all() {
    return em.createQuery("select d from CalendarDay d order by d.day", CalendarDay.class)
        .getResultList();
  }

  @Override
  public List<CalendarDay> year(int year) {
    return em.createQuery(
            "select d from CalendarDay d where d.day between :from and :to order by d.day",
            CalendarDay.class)
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year, 12, 31))
        .getResultList();
  }

  @Override
  public void replaceYear(int year, List<CalendarDay> days) {
    em.createQuery("delete from CalendarDay d where d.day between :from and :to")
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year, 12, 31))
        .executeUpdate();
    days.forEach(em::persist);
    em.flush();
  }
}
