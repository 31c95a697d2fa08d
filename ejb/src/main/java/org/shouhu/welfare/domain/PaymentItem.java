package org.shouhu.welfare.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A file paid for a month by a run: the case number and the amount, nothing personal (the bank file
 * takes the payee and account from the support file). One per file and month, whatever happens.
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

  protected PaymentItem() {}

  public PaymentItem(String runId, Payable file, String month, BigDecimal amount) {
    this.id = UUID.randomUUID().toString();
    this.runId = runId;
    this.fileId = file.id();
    this.month = month;
    this.caseNumber = file.caseNumber();
    this.amount = amount;
  }

  public String id() {
    return id;
  }

  public String runId() {
    return runId;
  }

  public String month() {
    return month;
  }

  public String fileId() {
    return fileId;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public BigDecimal amount() {
    return amount;
  }
}
