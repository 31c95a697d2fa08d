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
import java.util.UUID;

/**
 * A disabled child's rehabilitation grant (DOMAIN.md §2.4): an item at a designated institution for
 * a period of months, approved by the district with its cap — ONCE for the grant, or MONTH for each
 * month claimed; what its claims have taken so far.
 */
@Entity
@Table(name = "rehab_grant")
public class RehabGrant {

  /** At the end of the period the child is re-evaluated; the next period is a new grant. */
  public static final String REEVALUATION = "REHAB_REEVALUATION";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Column(name = "case_number", nullable = false, length = 20)
  private String caseNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "disability", nullable = false, length = 16)
  private Disability disability;

  @Enumerated(EnumType.STRING)
  @Column(name = "item", nullable = false, length = 24)
  private RehabItem item;

  @Column(name = "institution_id", nullable = false, length = 36)
  private String institutionId;

  @Column(name = "from_month", nullable = false, length = 7)
  private String fromMonth;

  @Column(name = "to_month", nullable = false, length = 7)
  private String toMonth;

  @Column(name = "approved_at", nullable = false)
  private Instant approvedAt;

  @Column(name = "approved_by", nullable = false)
  private String approvedBy;

  @Column(name = "cap", nullable = false, precision = 12, scale = 2)
  private BigDecimal cap;

  @Enumerated(EnumType.STRING)
  @Column(name = "cap_per", nullable = false, length = 8)
  private RehabCaps.Per capPer;

  @Column(name = "claimed", nullable = false, precision = 12, scale = 2)
  private BigDecimal claimed;

  /** The priority groups, comma-separated (none: null). */
  @Column(name = "priority", length = 40)
  private String priority;

  /** An orphan's support file, when the grant is linked to it. */
  @Column(name = "support_file_id", length = 36)
  private String supportFileId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected RehabGrant() {}

  public RehabGrant(
      String caseId,
      String caseNumber,
      Disability disability,
      RehabItem item,
      String institutionId,
      YearMonth from,
      YearMonth to,
      Instant approvedAt,
      String approvedBy,
      BigDecimal cap,
      RehabCaps.Per capPer) {
    this.id = UUID.randomUUID().toString();
    this.caseId = caseId;
    this.caseNumber = caseNumber;
    this.disability = disability;
    this.item = item;
    this.institutionId = institutionId;
    this.fromMonth = from.toString();
    this.toMonth = to.toString();
    this.approvedAt = approvedAt;
    this.approvedBy = approvedBy;
    this.cap = cap.setScale(2);
    this.capPer = capPer;
    this.claimed = BigDecimal.ZERO.setScale(2);
  }

  /** The priority groups the child belongs to, and an orphan's support file (or null). */
  public void prioritise(java.util.List<PriorityGroup> groups, String supportFile) {
    this.priority =
        groups.isEmpty()
            ? null
            : String.join(",", groups.stream().distinct().map(Enum::name).toList());
    this.supportFileId = supportFile;
  }

  public java.util.List<PriorityGroup> priority() {
    return priority == null
        ? java.util.List.of()
        : java.util.Arrays.stream(priority.split(",")).map(PriorityGroup::valueOf).toList();
  }

  public java.util.Optional<String> supportFileId() {
    return java.util.Optional.ofNullable(supportFileId);
  }

  /** Whether {@code month} lies in the grant's period. */
  public boolean covers(YearMonth month) {
    return !month.isBefore(from()) && !month.isAfter(to());
  }

  /** A claim accepted: what the grant has paid grows by its amount. */
  public void claimed(BigDecimal amount) {
    claimed = claimed.add(amount).setScale(2);
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public Disability disability() {
    return disability;
  }

  public RehabItem item() {
    return item;
  }

  public String institutionId() {
    return institutionId;
  }

  public YearMonth from() {
    return YearMonth.parse(fromMonth);
  }

  public YearMonth to() {
    return YearMonth.parse(toMonth);
  }

  public Instant approvedAt() {
    return approvedAt;
  }

  public BigDecimal cap() {
    return cap;
  }

  public RehabCaps.Per capPer() {
    return capPer;
  }

  public BigDecimal claimedInAll() {
    return claimed;
  }

  public long version() {
    return version;
  }
}
