package org.shouhu.welfare.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.shouhu.welfare.domain.PaymentItem;
import org.shouhu.welfare.domain.PaymentRun;
import org.shouhu.welfare.domain.PaymentRunRepository;

/**
 * A run's book-keeping, each in a transaction of its own or of the batch chunk: the claim, the job
 * that does it, each chunk's items with the run's count and total, the end. The batch's threads
 * carry no caller; the use cases decided who may start a run.
 */
@Stateless
@PermitAll
public class PaymentLedger {

  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject PaymentRunRepository runs;

  /** How many files a chunk pays in one transaction (payment-run.xml). */
  @jakarta.inject.Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "shouhu.payment.chunk-size",
      defaultValue = "1000")
  int chunkSize;

  /** The job's parameters for a run: when it starts, and when it is restarted after a crash. */
  public java.util.Properties jobParameters(String runId, java.time.YearMonth month) {
    java.util.Properties parameters = new java.util.Properties();
    parameters.setProperty("runId", runId);
    parameters.setProperty("month", month.toString());
    parameters.setProperty("chunk", Integer.toString(Math.max(1, chunkSize)));
    return parameters;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void claim(PaymentRun run) {
    runs.start(run);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void runsAs(String runId, long execution) {
    em.createQuery("update PaymentRun r set r.executionId = :e where r.id = :id")
        .setParameter("e", execution)
        .setParameter("id", runId)
        .executeUpdate();
  }

  /**
   * A chunk's items, in the chunk's transaction, as one multi-row INSERT (a hundred single ones
   * were most of a run's time): a file paid twice for a month fails it, and the chunk with it.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void pay(String runId, List<PaymentItem> items) {
    if (items.isEmpty()) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO payment_item (id, run_id, file_id, pay_month, case_number, amount)"
                + " VALUES ");
    for (int i = 0; i < items.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
    }
    try (java.sql.PreparedStatement insert =
        em.unwrap(java.sql.Connection.class).prepareStatement(sql.toString())) {
      int p = 1;
      for (PaymentItem i : items) {
        insert.setString(p++, i.id());
        insert.setString(p++, i.runId());
        insert.setString(p++, i.fileId());
        insert.setString(p++, i.month());
        insert.setString(p++, i.caseNumber());
        insert.setBigDecimal(p++, i.amount());
        sum = sum.add(i.amount());
      }
      insert.executeUpdate();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("a chunk of run " + runId + " was not paid", e);
    }
    em.createQuery(
            "update PaymentRun r set r.count = r.count + :n, r.total = r.total + :t"
                + " where r.id = :id")
        .setParameter("n", items.size())
        .setParameter("t", sum)
        .setParameter("id", runId)
        .executeUpdate();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finish(String runId, boolean completed, String failure) {
    PaymentRun run = em.find(PaymentRun.class, runId);
    if (run == null || run.status() != PaymentRun.Status.RUNNING) {
      return;
    }
    em.refresh(run);
    if (completed) {
      run.done(Instant.now());
    } else {
      run.failed(failure, Instant.now());
    }
  }
}
