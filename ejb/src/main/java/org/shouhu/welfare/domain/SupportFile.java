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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * An orphan's or de-facto unattended child's support file (DOMAIN.md §2.3): the grounds, placement,
 * payee and other benefits; applied at the street, verified there, confirmed by the district — each
 * step with its decision, or a refusal with written reasons — then paid from the month after
 * confirmation until its last month (the 18th birthday's, or the month it ended).
 */
@Entity
@Table(name = "support_file")
public class SupportFile {

  /** Where the file stands (API.md). */
  public enum Status {
    APPLIED,
    VERIFIED,
    CONFIRMED,
    ENDED,
    REFUSED
  }

  /** Who is paid: the guardian's account or the institution's collective one. */
  public enum PayeeKind {
    GUARDIAN,
    INSTITUTION
  }

  /** The deadlines of the flow, on the case: 15 working days each ([policy]). */
  public static final String VERIFICATION = "SUPPORT_VERIFICATION";

  public static final String CONFIRMATION = "SUPPORT_CONFIRMATION";

  /** The annual review of a confirmed file ([policy default]). */
  public static final String REVIEW = "SUPPORT_REVIEW";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Column(name = "case_number", nullable = false, length = 20)
  private String caseNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 24)
  private Grounds.Category category;

  @Enumerated(EnumType.STRING)
  @Column(name = "father_situation", nullable = false, length = 24)
  private ParentSituation fatherSituation;

  @Column(name = "father_since")
  private LocalDate fatherSince;

  @Enumerated(EnumType.STRING)
  @Column(name = "mother_situation", nullable = false, length = 24)
  private ParentSituation motherSituation;

  @Column(name = "mother_since")
  private LocalDate motherSince;

  @Enumerated(EnumType.STRING)
  @Column(name = "placement", nullable = false, length = 16)
  private Placement placement;

  @Enumerated(EnumType.STRING)
  @Column(name = "payee_kind", nullable = false, length = 16)
  private PayeeKind payeeKind;

  /** Sealed (orm.xml): the payee's name and account are personal data. */
  private String payeeName;

  private String bankAccount;

  @Column(name = "other_benefit", nullable = false, precision = 10, scale = 2)
  private BigDecimal otherBenefit;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private Status status;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "verified_by")
  private String verifiedBy;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "confirmed_by")
  private String confirmedBy;

  /** The first month paid, {@code YYYY-MM}. */
  @Column(name = "support_from", length = 7)
  private String supportFrom;

  /** The last month paid, {@code YYYY-MM}: the 18th birthday's, or the month it ended. */
  @Column(name = "last_month", length = 7)
  private String lastMonth;

  @Column(name = "refused_at")
  private Instant refusedAt;

  @Column(name = "refused_by")
  private String refusedBy;

  /** Sealed: the written reasons of a refusal, or why support ended. */
  private String reason;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SupportFile() {}

  /**
   * The application, its grounds checked: a file that does not qualify is refused at once (422).
   */
  public static SupportFile apply(
      String caseId,
      String caseNumber,
      Grounds.Category category,
      Grounds grounds,
      Placement placement,
      PayeeKind payeeKind,
      String payeeName,
      String bankAccount,
      BigDecimal otherBenefit,
      Instant appliedAt,
      Actor by) {
    grounds
        .refusal(category, LocalDate.ofInstant(appliedAt, Beijing.ZONE))
        .ifPresent(
            r -> {
              throw InvalidInputException.of("grounds." + r.parent() + ".situation", r.rule());
            });
    if (otherBenefit.signum() < 0) {
      throw InvalidInputException.of("otherBenefitMonthly", "support.money.negative");
    }
    SupportFile f = new SupportFile();
    f.id = UUID.randomUUID().toString();
    f.caseId = caseId;
    f.caseNumber = caseNumber;
    f.category = category;
    f.fatherSituation = grounds.father().situation();
    f.fatherSince = grounds.father().since();
    f.motherSituation = grounds.mother().situation();
    f.motherSince = grounds.mother().since();
    f.placement = placement;
    f.payeeKind = payeeKind;
    f.payeeName = payeeName;
    f.bankAccount = bankAccount;
    f.otherBenefit = otherBenefit.setScale(2);
    f.appliedAt = appliedAt;
    f.status = Status.APPLIED;
    f.createdBy = by.username();
    return f;
  }

  /** The street's verification: VERIFIED, or REFUSED with written reasons. */
  public void verify(boolean verified, String reasons, Instant at, Actor by) {
    if (status != Status.APPLIED) {
      throw new ConflictException("support.notApplied");
    }
    if (at.isBefore(appliedAt)) {
      throw InvalidInputException.of("at", "support.beforeApplied");
    }
    if (!verified) {
      refuse(reasons, at, by);
      return;
    }
    status = Status.VERIFIED;
    verifiedAt = at;
    verifiedBy = by.username();
  }

  /**
   * The district's confirmation: CONFIRMED — paid from the month after {@code at} to the month of
   * the 18th birthday of a child born {@code birthDate} — or REFUSED with written reasons.
   */
  public void confirm(
      boolean confirmed, String reasons, Instant at, LocalDate birthDate, Actor by) {
    if (status != Status.VERIFIED) {
      throw new ConflictException("support.notVerified");
    }
    if (verifiedAt != null && at.isBefore(verifiedAt)) {
      throw InvalidInputException.of("at", "support.beforeVerified");
    }
    if (!confirmed) {
      refuse(reasons, at, by);
      return;
    }
    if (birthDate == null) {
      throw InvalidInputException.of("at", "support.noBirthDate");
    }
    SupportMonths months = SupportMonths.of(LocalDate.ofInstant(at, Beijing.ZONE), birthDate, null);
    if (months.last().isBefore(months.first())) {
      throw InvalidInputException.of("at", "support.adult");
    }
    status = Status.CONFIRMED;
    confirmedAt = at;
    confirmedBy = by.username();
    supportFrom = months.first().toString();
    lastMonth = months.last().toString();
  }

  /**
   * The annual review of a file still paid: only a confirmed one, never before its confirmation.
   */
  public void checkReview(Instant at) {
    if (status != Status.CONFIRMED) {
      throw new ConflictException("support.reviewNotConfirmed");
    }
    if (at.isBefore(confirmedAt)) {
      throw InvalidInputException.of("at", "support.reviewBeforeConfirmed");
    }
  }

  /** Support ends (grounds gone, adoption…): no month after {@code at}'s is paid. */
  public void end(String why, Instant at) {
    if (status != Status.CONFIRMED) {
      throw new ConflictException("support.notConfirmed");
    }
    if (why == null || why.isBlank()) {
      throw InvalidInputException.of("reason", "validation.required");
    }
    if (at.isBefore(confirmedAt)) {
      throw InvalidInputException.of("at", "support.beforeConfirmed");
    }
    YearMonth ended = YearMonth.from(LocalDate.ofInstant(at, Beijing.ZONE));
    if (ended.isBefore(YearMonth.parse(lastMonth))) {
      lastMonth = ended.toString();
    }
    status = Status.ENDED;
    endedAt = at;
    reason = why.strip();
  }

  private void refuse(String reasons, Instant at, Actor by) {
    if (reasons == null || reasons.isBlank()) {
      throw InvalidInputException.of("reason", "support.reasonRequired");
    }
    status = Status.REFUSED;
    refusedAt = at;
    refusedBy = by.username();
    reason = reasons.strip();
  }

  public AllowanceCategory allowanceCategory() {
    return AllowanceCategory.of(category, placement);
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

  public Grounds.Category category() {
    return category;
  }

  public Grounds grounds() {
    return new Grounds(
        new Grounds.Parent(fatherSituation, fatherSince),
        new Grounds.Parent(motherSituation, motherSince));
  }

  public Placement placement() {
    return placement;
  }

  public PayeeKind payeeKind() {
    return payeeKind;
  }

  public String payeeName() {
    return payeeName;
  }

  public String bankAccount() {
    return bankAccount;
  }

  public BigDecimal otherBenefit() {
    return otherBenefit;
  }

  public Instant appliedAt() {
    return appliedAt;
  }

  public Status status() {
    return status;
  }

  public Optional<Instant> verifiedAt() {
    return Optional.ofNullable(verifiedAt);
  }

  public Optional<Instant> confirmedAt() {
    return Optional.ofNullable(confirmedAt);
  }

  public Optional<String> supportFrom() {
    return Optional.ofNullable(supportFrom);
  }

  public Optional<String> lastMonth() {
    return Optional.ofNullable(lastMonth);
  }

  public Optional<Instant> refusedAt() {
    return Optional.ofNullable(refusedAt);
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  public long version() {
    return version;
  }
}
