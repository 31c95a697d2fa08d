package org.shouhu.agencyreferral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.shouhu.agencyreferral.domain.AgencyReferral;
import org.shouhu.agencyreferral.domain.AgencyReferralRepository;
import org.shouhu.shared.infrastructure.InstantConverter;

/** Referrals to other agencies in JPA. */
@ApplicationScoped
public class JpaAgencyReferralRepository implements AgencyReferralRepository {

  private static final InstantConverter INSTANTS = new InstantConverter();

  @PersistenceContext EntityManager em;

  @Override
  public List<AgencyReferral> of(AgencyReferral.Origin origin, String originId) {
    return em.createQuery(
            "select r from AgencyReferral r where r.origin = :origin and r.originId = :id"
                + " order by r.referredAt, r.createdAt",
            AgencyReferral.class)
        .setParameter("origin", origin)
        .setParameter("id", originId)
        .getResultList();
  }

  @Override
  public List<AgencyReferral> of(AgencyReferral.Origin origin, Collection<String> originIds) {
    if (originIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from AgencyReferral r where r.origin = :origin and r.originId in :ids"
                + " order by r.referredAt, r.createdAt",
            AgencyReferral.class)
        .setParameter("origin", origin)
        .setParameter("ids", originIds)
        .getResultList();
  }

  @Override
  public Optional<AgencyReferral> find(AgencyReferral.Origin origin, String originId, String id) {
    return of(origin, originId).stream().filter(r -> r.id().equals(id)).findFirst();
  }

  @Override
  public List<String> overdueCallReferrals(Instant now, int limit) {
    return em.createQuery(
            "select r.id from AgencyReferral r where r.origin = :origin and r.answeredAt is null"
                + " and r.escalatedAt is null and r.dueAt < :now order by r.dueAt",
            String.class)
        .setParameter("origin", AgencyReferral.Origin.CALL)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<AgencyReferral> find(String id) {
    return Optional.ofNullable(em.find(AgencyReferral.class, id));
  }

  @Override
  public boolean markEscalated(String id, Instant now) {
    return em.createNativeQuery(
                "UPDATE agency_referral SET escalated_at = ?1 WHERE id = ?2"
                    + " AND escalated_at IS NULL")
            .setParameter(1, INSTANTS.convertToDatabaseColumn(now))
            .setParameter(2, id)
            .executeUpdate()
        == 1;
  }

  @Override
  public void store(AgencyReferral referral) {
    if (!em.contains(referral)) {
      em.persist(referral);
    }
  }
}
