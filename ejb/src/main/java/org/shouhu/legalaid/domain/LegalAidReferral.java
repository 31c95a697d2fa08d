package org.shouhu.legalaid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * A referral of a case to the legal aid centre (法律援助). It needs the person's (or her guardian's)
 * consent, or a stated basis for going ahead without it (Legal Aid Law art. 40: the guardian is the
 * one harming the child; art. 44: urgent). From then on the legal-aid officers of the case's
 * district read what the referral shares (DOMAIN.md §4). The centre decides within 7 days (art.
 * 43); victims of abuse, abandonment or domestic violence claiming their rights are not subject to
 * the economic-hardship test (art. 32: {@link #meansTestExempt()}).
 */
@Entity
@Table(name = "legal_aid_referral")
public class LegalAidReferral {

  /** The longest reason, in characters. */
  public static final int REASON_MAX = 4000;

  /** How long the centre has to decide, in days from the referral (Legal Aid Law art. 43). */
  public static final int DECISION_DAYS = 7;

  /** Where the referral stands. */
  public enum Status {
    REFERRED,
    MATERIALS_NEEDED,
    ACCEPTED,
    DECLINED,
    CONCLUDED
  }

  /** Why a referral may go ahead without consent. */
  public enum ConsentBasis {
    /** 监护人侵害 — the child's guardian is the respondent (Legal Aid Law art. 40). */
    GUARDIAN_IS_RESPONDENT,
    /** 情况紧急 — urgent (Legal Aid Law art. 44). */
    URGENT
  }

  /** Art. 32: abuse, abandonment and domestic violence. */
  private static final Set<CaseCategory> ABUSE_ABANDONMENT_OR_VIOLENCE =
      Set.of(
          CaseCategory.PHYSICAL_ABUSE,
          CaseCategory.SEXUAL_ABUSE,
          CaseCategory.PSYCHOLOGICAL_ABUSE,
          CaseCategory.ABANDONMENT,
          CaseCategory.DV_EXPOSURE,
          CaseCategory.DOMESTIC_VIOLENCE);

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Column(name = "reason", length = 4000)
  private String reason;

  @Column(name = "consent", nullable = false)
  private boolean consent;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_basis", length = 32)
  private ConsentBasis consentBasis;

  @Column(name = "means_test_exempt", nullable = false)
  private boolean meansTestExempt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "referred_by", nullable = false, length = 255)
  private String referredBy;

  @Column(name = "referred_at", nullable = false)
  private Instant referredAt;

  protected LegalAidReferral() {}

  /**
   * A referral of case {@code caseId} (of {@code kind} and {@code category}); without {@code
   * consent} a {@code basis} is required (422 on {@code consent} otherwise).
   */
  public LegalAidReferral(
      String caseId,
      CaseKind kind,
      CaseCategory category,
      String reason,
      boolean consent,
      ConsentBasis basis,
      String referredBy,
      Instant referredAt) {
    if (!consent && basis == null) {
      throw InvalidInputException.of("consent", "legalAid.consentOrBasis");
    }
    this.id = UUID.randomUUID().toString();
    this.caseId = caseId;
    this.reason = reason;
    this.consent = consent;
    this.consentBasis = basis;
    this.meansTestExempt = meansTestExempt(kind, category);
    this.status = Status.REFERRED;
    this.referredBy = referredBy;
    this.referredAt = referredAt;
  }

  /** Legal Aid Law art. 32: a victim of abuse, abandonment or domestic violence. */
  static boolean meansTestExempt(CaseKind kind, CaseCategory category) {
    return kind == CaseKind.DOMESTIC_VIOLENCE || ABUSE_ABANDONMENT_OR_VIOLENCE.contains(category);
  }

  /** When the centre's decision is due: 24:00 of the seventh day after the referral. */
  public Instant decisionDue() {
    return Beijing.endOf(Beijing.dateOf(referredAt).plusDays(DECISION_DAYS));
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public String reason() {
    return reason;
  }

  public boolean consent() {
    return consent;
  }

  public Optional<ConsentBasis> consentBasis() {
    return Optional.ofNullable(consentBasis);
  }

  public boolean meansTestExempt() {
    return meansTestExempt;
  }

  public Status status() {
    return status;
  }

  public String referredBy() {
    return referredBy;
  }

  public Instant referredAt() {
    return referredAt;
  }
}
