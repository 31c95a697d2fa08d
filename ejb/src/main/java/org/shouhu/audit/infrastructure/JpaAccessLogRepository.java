package org.shouhu.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouhu.audit.domain.AccessEntry;
import org.shouhu.audit.domain.AccessLogRepository;
import org.shouhu.audit.domain.AuditChain;
import org.shouhu.shared.infrastructure.InstantConverter;

@ApplicationScoped
public class JpaAccessLogRepository implements AccessLogRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void append(AccessEntry entry) {
    em.persist(entry);
  }

  @Override
  public AuditChain.Head lockHead() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT seq, chain_mac FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
    return new AuditChain.Head(((Number) row[0]).longValue(), (String) row[1]);
  }

  @Override
  public void moveHead(AuditChain.Head head) {
    em.createNativeQuery("UPDATE audit_chain_head SET seq = ?1, chain_mac = ?2 WHERE id = 1")
        .setParameter(1, head.sequence())
        .setParameter(2, head.chainMac())
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO audit_checkpoint (seq, chain_mac, sealed_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, head.sequence())
        .setParameter(2, head.chainMac())
        .setParameter(3, new InstantConverter().convertToDatabaseColumn(Instant.now()))
        .executeUpdate();
  }

  @Override
  public Map<Long, String> checkpoints() {
    Map<Long, String> checkpoints = new HashMap<>();
    for (Object row :
        em.createNativeQuery("SELECT seq, chain_mac FROM audit_checkpoint").getResultList()) {
      Object[] columns = (Object[]) row;
      checkpoints.put(((Number) columns[0]).longValue(), (String) columns[1]);
    }
    return checkpoints;
  }

  @Override
  public List<AccessEntry> unsealed(int limit) {
    return em.createQuery(
            "select e from AccessEntry e where e.sequence is null order by e.at, e.id",
            AccessEntry.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<AccessEntry> sealedAfter(long after, int limit) {
    return em.createQuery(
            "select e from AccessEntry e where e.sequence > :after order by e.sequence",
            AccessEntry.class)
        .setParameter("after", after)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void forget() {
    em.clear();
  }

  @Override
  public List<AccessEntry> list(
      String record, String user, Instant from, Instant to, int page, int size) {
    return filtered(
            "select e", record, user, from, to, " order by e.at desc, e.id desc", AccessEntry.class)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long count(String record, String user, Instant from, Instant to) {
    return filtered("select count(e)", record, user, from, to, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> filtered(
      String select,
      String record,
      String user,
      Instant from,
      Instant to,
      String order,
      Class<T> type) {
    List<String> conditions = new ArrayList<>();
    if (record != null) {
      conditions.add("e.records like :record");
    }
    if (user != null) {
      conditions.add("e.user = :user");
    }
    if (from != null) {
      conditions.add("e.at >= :from");
    }
    if (to != null) {
      conditions.add("e.at < :to");
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    TypedQuery<T> query = em.createQuery(select + " from AccessEntry e" + where + order, type);
    if (record != null) {
      query.setParameter("record", "%" + record + "%");
    }
    if (user != null) {
      query.setParameter("user", user);
    }
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    return query;
  }

  @Override
  public List<AccessEntry> notices(Set<String> prefixes, boolean everywhere, int page, int size) {
    if (prefixes.isEmpty() && !everywhere) {
      return List.of();
    }
    List<String> anyOf = new ArrayList<>();
    int i = 0;
    for (String ignored : prefixes) {
      anyOf.add("e.recordJurisdiction like :p" + i++);
    }
    TypedQuery<AccessEntry> query =
        em.createQuery(
            "select e from AccessEntry e where (e.breakGlassReason is not null"
                + " or e.action = 'POSSIBLE_DUPLICATE' or e.outcome = 'RATE_LIMITED')"
                + (everywhere ? "" : " and (" + String.join(" or ", anyOf) + ")")
                + " order by e.at desc",
            AccessEntry.class);
    if (!everywhere) {
      i = 0;
      for (String prefix : prefixes) {
        query.setParameter("p" + i++, prefix + "%");
      }
    }
    return query.setFirstResult(page * size).setMaxResults(size).getResultList();
  }
}
