package org.shouhu.welfare.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * An institution's claim on a grant for a month: the sessions given, what the family paid out of
 * pocket after insurance, and the amount the grant pays (never more than either that or its cap).
 */
@Entity
@Table(name = "rehab_claim")
public class RehabClaim {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "grant_id", nullable = false, length = 36)
  private String grantId;

  @Column(name = "claim_month", nullable = false, length = 7)
  private String month;

  @Column(name = "amount", nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(name = "out_of_pocket", nullable = false, precision = 12, scale = 2)
  private BigDecimal outOfPocket;

  @Column(name = "sessions")
  private Integer sessions;

  @Column(name = "claimed_by", nullable = false)
  private String claimedBy;

  @Column(name = "claimed_at", nullable = false)
  private Instant claimedAt;

  protected RehabClaim() {}

  public RehabClaim(
      String grantId,
      YearMonth month,
      BigDecimal amount,
      BigDecimal outOfPocket,
      Integer sessions,
      String by,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.grantId = grantId;
    this.month = month.toString();
    this.amount = amount.setScale(2);
    this.outOfPocket = outOfPocket.setScale(2);
    this.sessions = sessions;
    this.claimedBy = by;
    this.claimedAt = at;
  }

  public String id() {
    return id;
  }

  public String grantId() {
    return grantId;
  }

  public YearMonth month() {
    return YearMonth.parse(month);
  }

  public BigDecimal amount() {
    return amount;
  }

  public BigDecimal outOfPocket() {
    return outOfPocket;
  }

  public Integer sessions() {
    return sessions;
  }

  public Instant claimedAt() {
    return claimedAt;
  }
}
