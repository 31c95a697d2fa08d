package org.shouhu.welfare.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.validation.Month;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;
import org.shouhu.welfare.domain.AllowanceCategory;
import org.shouhu.welfare.domain.AllowanceStandard;
import org.shouhu.welfare.domain.AllowanceStandardRepository;
import org.shouhu.welfare.domain.PaymentRun;
import org.shouhu.welfare.domain.PaymentRunRepository;

/**
 * The monthly payment runs (API.md): a district caseworker starts the month's run — claimed first,
 * so that a month is paid at most once (a second run, also one started at the same moment, is 409)
 * — which a Jakarta Batch job then pays in chunks ({@code payment-run.xml}); a month without a
 * standard in force for a category it pays fails at once and pays nothing. The run lists case
 * numbers and amounts, never names; the bank file has the payees and accounts.
 */
@Stateless
@RolesAllowed(Role.Names.CASEWORKER)
public class PaymentRuns {

  /** The job's name (META-INF/batch-jobs). */
  public static final String JOB = "payment-run";

  /** A run asked for: its month. */
  public record Start(
      @Schema(
              type = SchemaType.STRING,
              pattern = "^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$",
              examples = "2026-04",
              required = true)
          @Required
          @Month
          String month) {}

  /** A run as read: items (case numbers and amounts) once it is done. */
  public record RunSheet(
      String id,
      String month,
      String status,
      int progress,
      int count,
      String total,
      String failure,
      Instant startedAt,
      Instant finishedAt,
      List<Item> items) {}

  /** A file paid: its case number and amount, nothing else. */
  public record Item(String caseNumber, String amount) {}

  /** A bank file: its name and bytes. */
  public record BankFile(String name, byte[] content) {}

  @Inject PaymentRunRepository runs;
  @Inject AllowanceStandardRepository standards;
  @Inject PaymentLedger ledger;
  @Inject BankFiles bankFiles;
  @Inject Commands commands;
  @Inject CurrentUser user;
  @Inject AccessLog accessLog;

  @Audited("PAYMENT_RUN")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the job starts once claimed
  public RunSheet start(Start command) {
    commands.check(command);
    YearMonth month = YearMonth.parse(command.month().strip());
    Instant now = Instant.now();
    // when the month's claim succeeds nothing of it is paid yet: all it pays is still to pay
    PaymentRun run = PaymentRun.start(month, (int) runs.toPay(month), user.username(), now);
    List<AllowanceStandard> table = standards.all();
    List<AllowanceCategory> missing =
        runs.categoriesToPay(month).stream()
            .filter(c -> AllowanceStandard.inForce(table, c, month).isEmpty())
            .toList();
    ledger.claim(run);
    accessLog.record("PAYMENT_RUN", List.of(run.id()), null);
    if (!missing.isEmpty()) {
      ledger.finish(
          run.id(),
          false,
          org.shouhu.shared.application.Messages.get(
              user.language(),
              "payment.noStandard",
              month.toString(),
              String.join(
                  "、",
                  missing.stream()
                      .map(
                          c ->
                              org.shouhu.shared.application.Messages.get(
                                  user.language(), "allowanceCategory." + c.name()))
                      .toList())));
      return read(run.id());
    }
    ledger.runsAs(run.id(), operator().start(JOB, ledger.jobParameters(run.id(), month)));
    return read(run.id());
  }

  @RolesAllowed({Role.Names.CASEWORKER})
  public RunSheet read(String id) {
    PaymentRun r =
        runs.find(id == null ? "" : id).orElseThrow(() -> new NotFoundException("paymentRun", id));
    List<Item> items =
        r.status() == PaymentRun.Status.RUNNING
            ? null
            : runs.items(r.id()).stream()
                .map(i -> new Item(i.caseNumber(), i.amount().toPlainString()))
                .toList();
    return sheet(r, items);
  }

  private static RunSheet sheet(PaymentRun r, List<Item> items) {
    return new RunSheet(
        r.id(),
        r.month().toString(),
        r.status().name(),
        r.progress(),
        r.count(),
        r.total().setScale(2).toPlainString(),
        r.failure().orElse(null),
        r.startedAt(),
        r.finishedAt().orElse(null),
        items);
  }

  /** The latest runs, newest first (without items). */
  public List<RunSheet> recent() {
    return runs.recent(24).stream().map(r -> sheet(r, null)).toList();
  }

  /** The bank file of a finished run: payees, accounts, amounts and the run's total; logged. */
  @Audited("PAYMENT_BANK_FILE")
  public BankFile bankFile(String id) {
    PaymentRun r =
        runs.find(id == null ? "" : id).orElseThrow(() -> new NotFoundException("paymentRun", id));
    if (r.status() == PaymentRun.Status.RUNNING) {
      throw new org.shouhu.shared.domain.ConflictException("payment.stillRunning");
    }
    List<BankFiles.Row> rows =
        runs.paid(r.id()).stream()
            .map(
                p ->
                    new BankFiles.Row(
                        p.item().caseNumber(),
                        p.file().payeeName(),
                        p.file().bankAccount(),
                        p.item().amount()))
            .toList();
    accessLog.record("PAYMENT_BANK_FILE", List.of(r.id()), null);
    return new BankFile(
        "shouhu-allowance-" + r.month() + ".xlsx", bankFiles.write(r.month(), rows, r.total()));
  }

  static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
