package org.shouhu.welfare.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.shouhu.welfare.application.PaymentLedger;
import org.shouhu.welfare.domain.AllowanceStandard;
import org.shouhu.welfare.domain.AllowanceStandardRepository;
import org.shouhu.welfare.domain.Payable;
import org.shouhu.welfare.domain.PaymentItem;
import org.shouhu.welfare.domain.PaymentRunRepository;
import org.shouhu.welfare.domain.SupportMonths;

/**
 * The monthly payment run as a Jakarta Batch chunk job ({@code
 * META-INF/batch-jobs/payment-run.xml}): the reader lists the files the month is to pay and has not
 * paid — so a restarted run goes on with the rest — and reads them a chunk at a time, the processor
 * works out each one's amount (the standard in force less other benefits), the writer records a
 * chunk's items with the run's count and total in the chunk's transaction. A file is paid once a
 * month whatever happens: payment_item's unique key.
 */
public final class PaymentBatch {

  private PaymentBatch() {}

  /** The files to pay, by id. */
  @Named("paymentReader")
  @Dependent
  public static class Reader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "month")
    String month;

    /** As many as a chunk holds (payment-run.xml). */
    @Inject
    @BatchProperty(name = "chunk")
    String chunk;

    @Inject PaymentRunRepository runs;

    private final java.util.Deque<Payable> loaded = new java.util.ArrayDeque<>();
    private String last;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
      last = ""; // what has been paid is not read again: a restart goes on with the rest
    }

    /** The next file, read with the rest of its chunk in one query (by id, after the last). */
    @Override
    public Object readItem() {
      if (loaded.isEmpty() && !exhausted) {
        int size = Integer.parseInt(chunk);
        List<Payable> next = runs.unpaid(YearMonth.parse(month), last, size);
        exhausted = next.size() < size;
        if (!next.isEmpty()) {
          last = next.get(next.size() - 1).id();
        }
        loaded.addAll(next);
      }
      return loaded.poll();
    }
  }

  /** A file's item for the month. */
  @Named("paymentProcessor")
  @Dependent
  public static class Processor implements ItemProcessor {

    @Inject
    @BatchProperty(name = "month")
    String month;

    @Inject
    @BatchProperty(name = "runId")
    String runId;

    @Inject AllowanceStandardRepository standards;

    private List<AllowanceStandard> table;

    @Override
    public Object processItem(Object file) {
      if (table == null) {
        table = standards.all();
      }
      Payable f = (Payable) file;
      YearMonth m = YearMonth.parse(month);
      if (!f.pays(m)) {
        return null; // no longer to pay (ended since the run began)
      }
      BigDecimal standard =
          AllowanceStandard.inForce(table, f.allowanceCategory(), m)
              .orElseThrow(
                  () -> new IllegalStateException("no standard for " + f.allowanceCategory()))
              .monthly();
      return new PaymentItem(runId, f, month, SupportMonths.amount(standard, f.otherBenefit()));
    }
  }

  /** A chunk's items, recorded with the run's count and total. */
  @Named("paymentWriter")
  @Dependent
  public static class Writer extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "runId")
    String runId;

    @Inject PaymentLedger ledger;

    @Override
    public void writeItems(List<Object> items) {
      ledger.pay(runId, items.stream().map(PaymentItem.class::cast).toList());
    }
  }

  /** The run's end: DONE, or FAILED with why — not when the server stops it (it resumes). */
  @Named("paymentRunListener")
  @Dependent
  public static class Listener extends AbstractJobListener {

    @Inject JobContext job;
    @Inject PaymentLedger ledger;

    @Override
    public void afterJob() {
      String runId = job.getProperties().getProperty("runId");
      if (job.getBatchStatus() == BatchStatus.STOPPING
          || job.getBatchStatus() == BatchStatus.STOPPED) {
        return; // the server is stopping: the run stays RUNNING and resumes when it starts again
      }
      boolean completed = job.getBatchStatus() == BatchStatus.COMPLETED;
      ledger.finish(
          runId,
          completed,
          completed ? null : job.getExitStatus() == null ? "FAILED" : job.getExitStatus());
    }
  }
}
