package org.shouhu.welfare.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A file paid for a month by a run: the case number and amount (what the run lists), and the payee
 * and account (sealed; only the bank file holds them). One per file and month, whatever happens.
 */
@Entity
@Table(name = "payment_item")
public class PaymentItem {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "run_id", nullable = false, length = 36)
  private String runId;

  @Column(name = "file_id", nullable = false, length = 36)
  private String fileId;

  @Column(name = "pay_month", nullable = false, length = 7)
  private String month;

  @Column(name = "case_number", nullable = false, length = 20)
  private String caseNumber;

  @Column(name = "amount", nullable = false, precision = 10, scale = 2)
  private BigDecimal amount;

  private String payeeName;

  private String bankAccount;

  protected PaymentItem() {}

  public PaymentItem(String runId, SupportFile file, String month, BigDecimal amount) {
    this.id = UUID.randomUUID().toString();
    this.runId = runId;
    this.fileId = file.id();
    this.month = month;
    this.caseNumber = file.caseNumber();
    this.amount = amount;
    this.payeeName = file.payeeName();
    this.bankAccount = file.bankAccount();
  }

  public String caseNumber() {
    return caseNumber;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String payeeName() {
    return payeeName;
  }

  public String bankAccount() {
    return bankAccount;
  }
}
