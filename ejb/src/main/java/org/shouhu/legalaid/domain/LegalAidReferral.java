package org.shouhu.legalaid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * A referral of a case to the legal aid centre (法律援助). It needs the person's (or her guardian's)
 * consent, or a stated basis for going ahead without it (Legal Aid Law art. 40: the guardian is the
 * one harming the child; art. 44: urgent). From then on the legal-aid officers of the case's
 * district read what the referral shares (DOMAIN.md §4). The centre decides within 7 days (art.
 * 43); victims of abuse, abandonment or domestic violence claiming their rights are not subject to
 * the economic-hardship test (art. 32: {@link #meansTestExempt()}), and a minor's hardship is not
 * checked (art. 42: {@link #hardshipCheckWaived()}): declining either for means is refused.
 *
 * <p>The centre's work: a decision — accepted, declined in writing with reasons, or the materials
 * it still needs, asked for all at once (一次性告知) and so only once, the 7 days starting again when
 * they arrive; a lawyer within 3 days of acceptance, or before the decision when urgent (art. 44,
 * with its ground); the outcome. Its deadlines ({@link #deadlines()}) follow from these dates.
 */
@Entity
@Table(name = "legal_aid_referral")
public class LegalAidReferral {

  /** The longest reason, in characters. */
  public static final int REASON_MAX = 4000;

  /** How long the centre has to decide, in days from the referral (Legal Aid Law art. 43). */
  public static final int DECISION_DAYS = 7;

  /** How long the centre has to assign a lawyer, in days from acceptance. */
  public static final int LAWYER_DAYS = 3;

  /** The longest lawyer's name, firm, or outcome. */
  public static final int LAWYER_MAX = 100;

  public static final int FIRM_MAX = 200;

  /** At most this many materials asked for. */
  public static final int MATERIALS_MAX = 30;

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

  /** The centre's decision. */
  @Schema(name = "LegalAidDecisionKind")
  public enum Decision {
    ACCEPTED,
    DECLINED,
    MATERIALS_NEEDED
  }

  /** Why a referral was declined. */
  public enum ReasonCode {
    /** 经济状况不符合 — not in economic hardship (never for art. 32 or art. 42). */
    MEANS,
    /** 不属于法律援助范围 — not within legal aid. */
    NOT_ELIGIBLE,
    /** 申请人撤回 — withdrawn. */
    WITHDRAWN,
    OTHER
  }

  /** Legal Aid Law art. 44: why aid may start before the decision. */
  public enum EarlyAidGround {
    /** 距法定时效或者期限届满不足七日 — a limitation period ends within seven days. */
    LIMITATION_NEAR,
    /** 需要立即申请财产保全、证据保全或者先予执行 — preservation or advance execution at once. */
    PRESERVATION,
    /** 其他情形 — another case the law provides for. */
    OTHER
  }

  /** A deadline of the referral, read at a moment: met at {@code metAt}, or open. */
  public record ReferralDeadline(String name, Instant startedAt, Instant dueAt, Instant metAt) {

    public boolean met() {
      return metAt != null;
    }

    public boolean overdue(Instant now) {
      return metAt == null && now.isAfter(dueAt);
    }

    /** Met no later than due. */
    public boolean metOnTime() {
      return metAt != null && !metAt.isAfter(dueAt);
    }
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

  @Column(name = "hardship_check_waived", nullable = false)
  private boolean hardshipCheckWaived;

  /** The materials asked for, one a line. */
  @Column(name = "materials", length = 65535)
  private String materials;

  @Column(name = "materials_asked_at")
  private Instant materialsAskedAt;

  @Column(name = "materials_arrived_at")
  private Instant materialsArrivedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", length = 16)
  private Decision decision;

  @Column(name = "decision_reason", length = 65535)
  private String decisionReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason_code", length = 16)
  private ReasonCode reasonCode;

  @Column(name = "decided_by", length = 255)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "lawyer", length = 100)
  private String lawyer;

  @Column(name = "firm", length = 200)
  private String firm;

  @Column(name = "lawyer_at")
  private Instant lawyerAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "early_aid", length = 24)
  private EarlyAidGround earlyAid;

  @Column(name = "outcome", length = 65535)
  private String outcome;

  @Column(name = "concluded_at")
  private Instant concludedAt;

  protected LegalAidReferral() {}

  /**
   * A referral of case {@code caseId} (of {@code kind} and {@code category}, about a {@code minor}
   * or not); without {@code consent} a {@code basis} is required (422 on {@code consent}
   * otherwise).
   */
  public LegalAidReferral(
      String caseId,
      CaseKind kind,
      CaseCategory category,
      boolean minor,
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
    this.hardshipCheckWaived = minor || kind == CaseKind.ORPHAN_SUPPORT;
    this.status = Status.REFERRED;
    this.referredBy = referredBy;
    this.referredAt = referredAt;
  }

  /** Legal Aid Law art. 32: a victim of abuse, abandonment or domestic violence. */
  static boolean meansTestExempt(CaseKind kind, CaseCategory category) {
    return kind == CaseKind.DOMESTIC_VIOLENCE || ABUSE_ABANDONMENT_OR_VIOLENCE.contains(category);
  }

  /** The kinds of case whose subject is a child. */
  private static final Set<CaseKind> CHILDREN =
      Set.of(CaseKind.CHILD_PROTECTION, CaseKind.ORPHAN_SUPPORT, CaseKind.DISABLED_CHILD_REHAB);

  /**
   * Whether the subject of a {@code kind} case born {@code birthDate} is a minor on {@code day}
   * (art. 42: a minor without fixed income): under 18 that day; without a birth date, when the
   * kind's subject is a child.
   */
  public static boolean minorOn(CaseKind kind, LocalDate birthDate, LocalDate day) {
    return birthDate == null ? CHILDREN.contains(kind) : birthDate.plusYears(18).isAfter(day);
  }

  /**
   * The centre decides ({@code at}, by {@code by}): ACCEPTED; DECLINED with a reason and its code
   * (MEANS is refused for an art. 32 or art. 42 referral); MATERIALS_NEEDED with every material at
   * once (only once). A referral already decided is 409; a decision before the referral, or an
   * acceptance while materials are outstanding, is 422.
   */
  public void decide(
      Decision what, String reason, ReasonCode code, List<String> needed, String by, Instant at) {
    if (status != Status.REFERRED && status != Status.MATERIALS_NEEDED) {
      throw new ConflictException("legalAid.decided");
    }
    if (at.isBefore(referredAt)
        || (materialsAskedAt != null && at.isBefore(materialsAskedAt))
        || (materialsArrivedAt != null && at.isBefore(materialsArrivedAt))) {
      throw InvalidInputException.of("at", "legalAid.beforeReferral");
    }
    if (code != null && what != Decision.DECLINED) {
      throw InvalidInputException.of("reasonCode", "legalAid.reasonCodeDeclinedOnly");
    }
    switch (what) {
      case MATERIALS_NEEDED -> {
        if (materialsAskedAt != null) {
          throw InvalidInputException.of("decision", "legalAid.materialsOnce");
        }
        List<String> asked =
            needed == null
                ? List.of()
                : needed.stream()
                    .filter(m -> m != null && !m.isBlank())
                    .map(String::strip)
                    .toList();
        if (asked.isEmpty()) {
          throw InvalidInputException.of("materials", "validation.required");
        }
        materials = String.join("\n", asked);
        materialsAskedAt = at;
        status = Status.MATERIALS_NEEDED;
        return;
      }
      case DECLINED -> {
        if (reason == null || reason.isBlank()) {
          throw InvalidInputException.of("reason", "validation.required");
        }
        if (code == null) {
          throw InvalidInputException.of("reasonCode", "validation.required");
        }
        if (code == ReasonCode.MEANS && meansTestExempt) {
          throw InvalidInputException.of("reasonCode", "legalAid.meansExempt");
        }
        if (code == ReasonCode.MEANS && hardshipCheckWaived) {
          throw InvalidInputException.of("reasonCode", "legalAid.hardshipWaived");
        }
        status = Status.DECLINED;
      }
      case ACCEPTED -> {
        if (status == Status.MATERIALS_NEEDED) {
          throw InvalidInputException.of("decision", "legalAid.materialsPending");
        }
        status = Status.ACCEPTED;
      }
    }
    decision = what;
    decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
    reasonCode = code;
    decidedBy = by;
    decidedAt = at;
  }

  /** The materials asked for arrived ({@code at}): the 7 days start again. 409 unless asked for. */
  public void materialsArrived(Instant at) {
    if (status != Status.MATERIALS_NEEDED) {
      throw new ConflictException("legalAid.noMaterialsAsked");
    }
    if (at.isBefore(materialsAskedAt)) {
      throw InvalidInputException.of("at", "legalAid.beforeMaterialsAsked");
    }
    materialsArrivedAt = at;
    status = Status.REFERRED;
  }

  /**
   * A lawyer assigned ({@code at}): once accepted, or before the decision with an art. 44 {@code
   * ground} (422 on {@code urgent} without one); a declined or concluded referral is 409. A second
   * assignment replaces the lawyer; the deadline stays met by the first.
   */
  public void assignLawyer(String name, String lawFirm, EarlyAidGround ground, Instant at) {
    if (status == Status.DECLINED || status == Status.CONCLUDED) {
      throw new ConflictException("legalAid.closedReferral");
    }
    if (name == null || name.isBlank()) {
      throw InvalidInputException.of("lawyer", "validation.required");
    }
    if (status != Status.ACCEPTED) {
      if (ground == null) {
        throw InvalidInputException.of("urgent", "legalAid.lawyerBeforeDecision");
      }
      earlyAid = ground;
    }
    if (at.isBefore(referredAt)) {
      throw InvalidInputException.of("at", "legalAid.beforeReferral");
    }
    if (status == Status.ACCEPTED && earlyAid == null && at.isBefore(decidedAt)) {
      throw InvalidInputException.of("at", "legalAid.beforeAcceptance");
    }
    lawyer = name.strip();
    firm = lawFirm == null || lawFirm.isBlank() ? null : lawFirm.strip();
    if (lawyerAt == null) {
      lawyerAt = at;
    }
  }

  /** The outcome ({@code at}): only of an accepted referral (409), not before the acceptance. */
  public void conclude(String what, Instant at) {
    if (status != Status.ACCEPTED) {
      throw new ConflictException("legalAid.notAccepted");
    }
    if (what == null || what.isBlank()) {
      throw InvalidInputException.of("outcome", "validation.required");
    }
    if (at.isBefore(decidedAt)) {
      throw InvalidInputException.of("at", "legalAid.beforeAcceptance");
    }
    outcome = what.strip();
    concludedAt = at;
    status = Status.CONCLUDED;
  }

  /**
   * The referral's deadlines, oldest first: {@code LEGAL_AID_DECISION}, 7 days from the referral —
   * met by the decision or by asking for materials, after which a new one runs 7 days from their
   * arrival — and {@code LAWYER_ASSIGNED}, 3 days from acceptance. Each is due at 24:00 of its last
   * day.
   */
  public List<ReferralDeadline> deadlines() {
    List<ReferralDeadline> list = new ArrayList<>();
    list.add(
        new ReferralDeadline(
            "LEGAL_AID_DECISION",
            referredAt,
            dueAfter(referredAt, DECISION_DAYS),
            materialsAskedAt != null ? materialsAskedAt : decidedAt));
    if (materialsArrivedAt != null) {
      list.add(
          new ReferralDeadline(
              "LEGAL_AID_DECISION",
              materialsArrivedAt,
              dueAfter(materialsArrivedAt, DECISION_DAYS),
              decidedAt));
    }
    if (decision == Decision.ACCEPTED) {
      list.add(
          new ReferralDeadline(
              "LAWYER_ASSIGNED",
              decidedAt,
              dueAfter(decidedAt, LAWYER_DAYS),
              lawyerAt == null ? null : (lawyerAt.isBefore(decidedAt) ? decidedAt : lawyerAt)));
    }
    return list;
  }

  /** When the decision now running is due (the last {@code LEGAL_AID_DECISION}). */
  public Instant decisionDue() {
    return deadlines().stream()
        .filter(d -> d.name().equals("LEGAL_AID_DECISION"))
        .reduce((a, b) -> b)
        .orElseThrow()
        .dueAt();
  }

  private static Instant dueAfter(Instant start, int days) {
    return Beijing.endOf(Beijing.dateOf(start).plusDays(days));
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

  public boolean hardshipCheckWaived() {
    return hardshipCheckWaived;
  }

  /** The materials asked for, in the order asked. */
  public List<String> materials() {
    return materials == null ? List.of() : Arrays.asList(materials.split("\n"));
  }

  public Optional<Instant> materialsAskedAt() {
    return Optional.ofNullable(materialsAskedAt);
  }

  public Optional<Instant> materialsArrivedAt() {
    return Optional.ofNullable(materialsArrivedAt);
  }

  /** The final decision (ACCEPTED or DECLINED); empty until then. */
  public Optional<Decision> decision() {
    return Optional.ofNullable(decision);
  }

  public Optional<String> decisionReason() {
    return Optional.ofNullable(decisionReason);
  }

  public Optional<ReasonCode> reasonCode() {
    return Optional.ofNullable(reasonCode);
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> lawyer() {
    return Optional.ofNullable(lawyer);
  }

  public Optional<String> firm() {
    return Optional.ofNullable(firm);
  }

  public Optional<Instant> lawyerAt() {
    return Optional.ofNullable(lawyerAt);
  }

  public Optional<EarlyAidGround> earlyAid() {
    return Optional.ofNullable(earlyAid);
  }

  public Optional<String> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<Instant> concludedAt() {
    return Optional.ofNullable(concludedAt);
  }
}
