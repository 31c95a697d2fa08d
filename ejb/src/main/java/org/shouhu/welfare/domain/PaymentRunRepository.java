package org.shouhu.welfare.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Payment runs, their items, and the files a month is to pay. */
public interface PaymentRunRepository {

  /** Stores a new run; a month already claimed is a conflict (409), also at the same moment. */
  void start(PaymentRun run);

  Optional<PaymentRun> find(String id);

  /** Newest first. */
  List<PaymentRun> recent(int max);

  /** The runs still RUNNING (to resume after a restart of the server). */
  List<PaymentRun> running();

  /**
   * The next {@code limit} files {@code month} is to pay and has not paid yet, by id after {@code
   * after} ("" for the first): what a payment needs of each, nothing unsealed.
   */
  List<Payable> unpaid(YearMonth month, String after, int limit);

  /** The files that pay {@code month}, paid or not. */
  long toPay(YearMonth month);

  /** The allowance categories of the files {@code month} is to pay. */
  List<AllowanceCategory> categoriesToPay(YearMonth month);

  List<PaymentItem> items(String runId);

  /** A run's items with their files (whose payee and account the bank file takes). */
  List<Paid> paid(String runId);

  /** An item and its file. */
  record Paid(PaymentItem item, SupportFile file) {}
}
