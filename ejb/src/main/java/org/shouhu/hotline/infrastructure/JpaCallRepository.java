package org.shouhu.hotline.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.hotline.domain.Call;
import org.shouhu.hotline.domain.CallNumber;
import org.shouhu.hotline.domain.CallOutcome;
import org.shouhu.hotline.domain.CallRepository;
import org.shouhu.hotline.domain.CallScope;
import org.shouhu.shared.domain.Beijing;

/**
 * The call log in JPA. Every query carries the reader's scope in its WHERE clause: a call outside
 * it is never loaded. Numbers come from {@code call_number_counter}, locked by the UPDATE until
 * commit.
 */
@ApplicationScoped
public class JpaCallRepository implements CallRepository {

  @PersistenceContext EntityManager em;

  @Override
  public CallNumber nextNumber(int year) {
    int updated =
        em.createNativeQuery(
                "UPDATE call_number_counter SET issued = issued + 1 WHERE counter_year = ?1")
            .setParameter(1, year)
            .setFlushMode(FlushModeType.COMMIT)
            .executeUpdate();
    if (updated != 1) {
      throw new IllegalStateException("no call-number counter for the year " + year);
    }
    Number issued =
        (Number)
            em.createNativeQuery("SELECT issued FROM call_number_counter WHERE counter_year = ?1")
                .setParameter(1, year)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
    return CallNumber.of(year, issued.longValue());
  }

  @Override
  public Optional<Call> find(String id, CallScope scope) {
    Call c = id == null ? null : em.find(Call.class, id);
    return c != null && scope.covers(c.district(), c.jurisdiction().orElse(null))
        ? Optional.of(c)
        : Optional.empty();
  }

  @Override
  public Optional<Call> lock(String id, CallScope scope) {
    Call c = id == null ? null : em.find(Call.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (c != null) {
      em.refresh(c); // what the request that held the lock committed
    }
    return c != null && scope.covers(c.district(), c.jurisdiction().orElse(null))
        ? Optional.of(c)
        : Optional.empty();
  }

  @Override
  public Optional<Call> ofCase(String caseId) {
    return em.createQuery("select c from Call c where c.caseId = :id", Call.class)
        .setParameter("id", caseId)
        .getResultStream()
        .findFirst();
  }

  /** JPQL with the scope's condition and the filter's, and their parameters. */
  private static final class Where {
    final StringBuilder text = new StringBuilder(" where 1 = 1");
    final Map<String, Object> parameters = new HashMap<>();

    Where(CallScope scope) {
      if (scope.district() != null) {
        and("c.district = :district", "district", scope.district());
      } else {
        and("c.jurisdiction like :street", "street", scope.street() + "%");
      }
    }

    Where and(String condition, String name, Object value) {
      if (value != null) {
        text.append(" and ").append(condition);
        parameters.put(name, value);
      }
      return this;
    }

    <T> TypedQuery<T> query(EntityManager em, String head, String tail, Class<T> type) {
      TypedQuery<T> q = em.createQuery(head + text + tail, type);
      parameters.forEach(q::setParameter);
      return q;
    }
  }

  private static Where where(CallScope scope, Filter f) {
    String line = f.line() == null ? null : f.line().number();
    return new Where(scope)
        .and("c.line = :line", "line", line)
        .and("c.startedAt >= :from", "from", f.from())
        .and("c.startedAt < :to", "to", f.to())
        .and("c.category = :category", "category", f.category())
        .and("c.outcome = :outcome", "outcome", f.outcome());
  }

  @Override
  public List<Call> list(CallScope scope, Filter filter, int page, int size) {
    if (scope.isEmpty()) {
      return List.of();
    }
    return where(scope, filter)
        .query(
            em, "select c from Call c", " order by c.startedAt desc, c.callNumber desc", Call.class)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long count(CallScope scope, Filter filter) {
    if (scope.isEmpty()) {
      return 0;
    }
    return where(scope, filter)
        .query(em, "select count(c) from Call c", "", Long.class)
        .getSingleResult();
  }

  @Override
  public List<Call> fromSameNumber(String phoneHash, CallScope scope, Instant before) {
    if (phoneHash == null || scope.isEmpty()) {
      return List.of();
    }
    return new Where(scope)
        .and("c.callerPhoneHash = :hash", "hash", phoneHash)
        .and("c.startedAt <= :before", "before", before)
        .query(em, "select c from Call c", " order by c.startedAt desc", Call.class)
        .setMaxResults(50)
        .getResultList();
  }

  @Override
  public List<Call> callBacksDue(CallScope scope, int limit) {
    if (scope.isEmpty()) {
      return List.of();
    }
    return new Where(scope)
        .query(
            em,
            "select c from Call c",
            " and c.callBackAt is not null and c.calledBackAt is null order by c.callBackAt",
            Call.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * One GROUP BY query per week (Monday to Sunday in Asia/Shanghai): the database counts, nothing
   * about a caller is loaded.
   */
  @Override
  public List<Count> countByWeek(CallScope scope, Instant from, Instant to) {
    List<Count> counts = new ArrayList<>();
    if (scope.isEmpty()) {
      return counts;
    }
    LocalDate week =
        from.atZone(Beijing.ZONE)
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    while (startOf(week).isBefore(to)) {
      Instant start = max(startOf(week), from);
      Instant end = min(startOf(week.plus(1, ChronoUnit.WEEKS)), to);
      List<Object[]> rows =
          new Where(scope)
              .and("c.startedAt >= :from", "from", start)
              .and("c.startedAt < :to", "to", end)
              .query(
                  em,
                  "select c.line, c.category, c.outcome, count(c) from Call c",
                  " group by c.line, c.category, c.outcome order by c.line, c.category, c.outcome",
                  Object[].class)
              .getResultList();
      for (Object[] r : rows) {
        counts.add(
            new Count(
                week,
                (String) r[0],
                ((CaseCategory) r[1]).name(),
                ((CallOutcome) r[2]).name(),
                ((Number) r[3]).longValue()));
      }
      week = week.plusWeeks(1);
    }
    return counts;
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(Beijing.ZONE).toInstant();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public void store(Call call) {
    if (!em.contains(call)) {
      em.persist(call);
    }
  }
}
