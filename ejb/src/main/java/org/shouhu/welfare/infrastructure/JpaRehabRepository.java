package org.shouhu.welfare.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.welfare.domain.RehabClaim;
import org.shouhu.welfare.domain.RehabGrant;
import org.shouhu.welfare.domain.RehabInstitution;
import org.shouhu.welfare.domain.RehabRepository;

/** Institutions, grants and claims in JPA; a grant locked by SELECT … FOR UPDATE. */
@ApplicationScoped
public class JpaRehabRepository implements RehabRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<RehabInstitution> institutions() {
    return em.createQuery(
            "select i from RehabInstitution i order by i.name", RehabInstitution.class)
        .getResultList();
  }

  @Override
  public Optional<RehabInstitution> institution(String id) {
    return Optional.ofNullable(id == null ? null : em.find(RehabInstitution.class, id));
  }

  @Override
  public void add(RehabInstitution institution) {
    try {
      em.persist(institution);
      em.flush();
    } catch (PersistenceException e) { // the same name (or id), also at the same moment
      throw new ConflictException("rehab.institutionExists");
    }
  }

  @Override
  public void store(RehabGrant grant) {
    if (!em.contains(grant)) {
      em.persist(grant);
    }
  }

  @Override
  public List<RehabGrant> grantsOfCase(String caseId) {
    return em.createQuery(
            "select g from RehabGrant g where g.caseId = :id order by g.approvedAt, g.id",
            RehabGrant.class)
        .setParameter("id", caseId)
        .getResultList();
  }

  @Override
  public List<RehabGrant> grantsAt(String institutionId, int first, int max) {
    return em.createQuery(
            "select g from RehabGrant g where g.institutionId = :i"
                + " order by g.approvedAt desc, g.id",
            RehabGrant.class)
        .setParameter("i", institutionId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countAt(String institutionId) {
    return em.createQuery(
            "select count(g) from RehabGrant g where g.institutionId = :i", Long.class)
        .setParameter("i", institutionId)
        .getSingleResult();
  }

  @Override
  public Optional<RehabGrant> lockGrant(String id) {
    return Optional.ofNullable(
        id == null ? null : em.find(RehabGrant.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void store(RehabClaim claim) {
    em.persist(claim);
  }

  @Override
  public java.util.Map<String, List<RehabClaim>> claimsOf(java.util.Collection<String> grantIds) {
    if (grantIds.isEmpty()) {
      return java.util.Map.of();
    }
    return em.createQuery(
            "select c from RehabClaim c where c.grantId in :ids order by c.month, c.claimedAt",
            RehabClaim.class)
        .setParameter("ids", List.copyOf(grantIds))
        .getResultStream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                RehabClaim::grantId,
                java.util.LinkedHashMap::new,
                java.util.stream.Collectors.toList()));
  }

  @Override
  public List<Settled> claimsAt(String institutionId, YearMonth month) {
    return em
        .createQuery(
            "select g, c from RehabGrant g, RehabClaim c where c.grantId = g.id"
                + " and g.institutionId = :i and c.month = :m order by g.caseNumber, c.claimedAt",
            Object[].class)
        .setParameter("i", institutionId)
        .setParameter("m", month.toString())
        .getResultList()
        .stream()
        .map(r -> new Settled((RehabGrant) r[0], (RehabClaim) r[1]))
        .toList();
  }

  @Override
  public BigDecimal claimedIn(String grantId, YearMonth month) {
    BigDecimal sum =
        em.createQuery(
                "select sum(c.amount) from RehabClaim c where c.grantId = :id and c.month = :m",
                BigDecimal.class)
            .setParameter("id", grantId)
            .setParameter("m", month.toString())
            .getSingleResult();
    return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
  }
}
