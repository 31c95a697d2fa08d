package org.shouhu.welfare.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

/**
 * A month's payment run: the files it is to pay, what it has paid (count and total) and where it
 * stands. The month is claimed while the run counts — a second run for it is refused — and given
 * back only when it failed having paid nothing.
 */
@Entity
@Table(name = "payment_run")
public class PaymentRun {

  /** Where a run stands (API.md). */
  public enum Status {
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "pay_month", nullable = false, length = 7)
  private String month;

  @Column(name = "month_claim", length = 7)
  private String monthClaim;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 8)
  private Status status;

  @Column(name = "expected", nullable = false)
  private int expected;

  @Column(name = "paid_count", nullable = false)
  private int count;

  @Column(name = "total", nullable = false, precision = 14, scale = 2)
  private BigDecimal total;

  @Column(name = "execution_id")
  private Long executionId;

  @Column(name = "failure", length = 500)
  private String failure;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PaymentRun() {}

  public static PaymentRun start(YearMonth month, int expected, String by, Instant now) {
    PaymentRun r = new PaymentRun();
    r.id = UUID.randomUUID().toString();
    r.month = month.toString();
    r.monthClaim = r.month;
    r.status = Status.RUNNING;
    r.expected = expected;
    r.total = BigDecimal.ZERO.setScale(2);
    r.startedBy = by;
    r.startedAt = now;
    return r;
  }

  /** The batch job that does it. */
  public void runsAs(long execution) {
    executionId = execution;
  }

  /** A chunk paid: {@code items} more, {@code amount} more. */
  public void paid(int items, BigDecimal amount) {
    count += items;
    total = total.add(amount);
  }

  public void done(Instant at) {
    status = Status.DONE;
    finishedAt = at;
  }

  /** Failed: the month is given back only if nothing was paid. */
  public void failed(String why, Instant at) {
    status = Status.FAILED;
    failure = why == null ? null : why.substring(0, Math.min(500, why.length()));
    finishedAt = at;
    if (count == 0) {
      monthClaim = null;
    }
  }

  /** Progress in %: what is paid of what was to be paid (100 when done). */
  public int progress() {
    if (status == Status.DONE || expected == 0) {
      return status == Status.RUNNING ? 0 : 100;
    }
    return Math.min(100, count * 100 / expected);
  }

  public String id() {
    return id;
  }

  public YearMonth month() {
    return YearMonth.parse(month);
  }

  public Status status() {
    return status;
  }

  public int expected() {
    return expected;
  }

  public int count() {
    return count;
  }

  public BigDecimal total() {
    return total;
  }

  public Optional<Long> executionId() {
    return Optional.ofNullable(executionId);
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }
}
