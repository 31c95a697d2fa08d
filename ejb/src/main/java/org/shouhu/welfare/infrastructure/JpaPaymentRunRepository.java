package org.shouhu.welfare.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.welfare.domain.Payable;
import org.shouhu.welfare.domain.PaymentItem;
import org.shouhu.welfare.domain.PaymentRun;
import org.shouhu.welfare.domain.PaymentRunRepository;
import org.shouhu.welfare.domain.SupportFile;

/** Payment runs in JPA: the month's claim and the item's file-and-month are unique keys. */
@ApplicationScoped
public class JpaPaymentRunRepository implements PaymentRunRepository {

  private static final String PAYS =
      "from SupportFile f where f.status in :paid and f.supportFrom <= :m and f.lastMonth >= :m";

  @PersistenceContext EntityManager em;

  @Override
  public void start(PaymentRun run) {
    try {
      em.persist(run);
      em.flush();
    } catch (PersistenceException e) { // the month is claimed, maybe by a run started just now
      throw new ConflictException("payment.monthTaken", run.month().toString());
    }
  }

  @Override
  public Optional<PaymentRun> find(String id) {
    return Optional.ofNullable(em.find(PaymentRun.class, id));
  }

  @Override
  public List<PaymentRun> recent(int max) {
    return em.createQuery("select r from PaymentRun r order by r.startedAt desc", PaymentRun.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<PaymentRun> running() {
    return em.createQuery("select r from PaymentRun r where r.status = :s", PaymentRun.class)
        .setParameter("s", PaymentRun.Status.RUNNING)
        .getResultList();
  }

  @Override
  public List<Payable> unpaid(YearMonth month, String after, int limit) {
    return em.createQuery(
            "select new org.shouhu.welfare.domain.Payable(f.id, f.caseNumber, f.category,"
                + " f.placement, f.otherBenefit, f.status, f.supportFrom, f.lastMonth) "
                + PAYS
                + " and f.id > :after and not exists (select i from PaymentItem i"
                + " where i.fileId = f.id and i.month = :m) order by f.id",
            Payable.class)
        .setParameter("paid", List.of(SupportFile.Status.CONFIRMED, SupportFile.Status.ENDED))
        .setParameter("m", month.toString())
        .setParameter("after", after)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long toPay(YearMonth month) {
    return em.createQuery("select count(f) " + PAYS, Long.class)
        .setParameter("paid", List.of(SupportFile.Status.CONFIRMED, SupportFile.Status.ENDED))
        .setParameter("m", month.toString())
        .getSingleResult();
  }

  @Override
  public List<PaymentItem> items(String runId) {
    return em.createQuery(
            "select i from PaymentItem i where i.runId = :id order by i.caseNumber",
            PaymentItem.class)
        .setParameter("id", runId)
        .getResultList();
  }

  @Override
  public List<org.shouhu.welfare.domain.AllowanceCategory> categoriesToPay(YearMonth month) {
    List<Object[]> kinds =
        em.createQuery("select distinct f.category, f.placement " + PAYS, Object[].class)
            .setParameter("paid", List.of(SupportFile.Status.CONFIRMED, SupportFile.Status.ENDED))
            .setParameter("m", month.toString())
            .getResultList();
    return kinds.stream()
        .map(
            k ->
                org.shouhu.welfare.domain.AllowanceCategory.of(
                    (org.shouhu.welfare.domain.Grounds.Category) k[0],
                    (org.shouhu.welfare.domain.Placement) k[1]))
        .distinct()
        .toList();
  }

  @Override
  public List<Paid> paid(String runId) {
    List<Object[]> rows =
        em.createQuery(
                "select i, f from PaymentItem i, SupportFile f where f.id = i.fileId"
                    + " and i.runId = :id order by i.caseNumber",
                Object[].class)
            .setParameter("id", runId)
            .getResultList();
    return rows.stream().map(r -> new Paid((PaymentItem) r[0], (SupportFile) r[1])).toList();
  }
}
