package org.shouhu.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.shouhu.casework.domain.BreakGlassQuota;

/**
 * The quota in table {@code break_glass_use}: one row per user and day, counted up by a guarded
 * {@code UPDATE} that locks the row until the granting transaction ends.
 */
@ApplicationScoped
public class JpaBreakGlassQuota implements BreakGlassQuota {

  @PersistenceContext EntityManager em;

  @Override
  public int usedOn(String username, LocalDate day) {
    List<?> used =
        em.createNativeQuery(
                "SELECT used FROM break_glass_use WHERE username = ?1 AND use_day = ?2")
            .setParameter(1, username)
            .setParameter(2, Date.valueOf(day))
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
    return used.isEmpty() ? 0 : ((Number) used.get(0)).intValue();
  }

  @Override
  public boolean take(String username, LocalDate day, int limit) {
    em.createNativeQuery(
            "INSERT IGNORE INTO break_glass_use (username, use_day, used) VALUES (?1, ?2, 0)")
        .setParameter(1, username)
        .setParameter(2, Date.valueOf(day))
        .setFlushMode(FlushModeType.COMMIT)
        .executeUpdate();
    return em.createNativeQuery(
                "UPDATE break_glass_use SET used = used + 1"
                    + " WHERE username = ?1 AND use_day = ?2 AND used < ?3")
            .setParameter(1, username)
            .setParameter(2, Date.valueOf(day))
            .setParameter(3, limit)
            .setFlushMode(FlushModeType.COMMIT)
            .executeUpdate()
        == 1;
  }
}
