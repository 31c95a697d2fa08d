package org.shouhu.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of a case's timeline: who did what, when, and why. Append-only: events are never
 * changed or deleted; a correction is a new event.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent {

  /**
   * What happened. The codes an event keeps (statuses, a channel, a visit mode, a placement's kind,
   * a plan action's type and status) are listed apart from its free text, so that pages show them
   * as labels; a move lists its two statuses.
   */
  public enum Type {
    RECEIVED,
    TRANSITION(true),
    NOT_ACCEPTED(true),
    REOPENED(true),
    CLOSURE_REQUESTED,
    CLOSURE_APPROVED,
    CLOSURE_REJECTED,
    CLOSURE_WITHDRAWN,
    ASSIGNED,
    LEGAL_AID_REFERRED,
    VISITED,
    /** The police were notified (child protection): station and reference. */
    POLICE_NOTIFIED,
    /** A safety and risk assessment was submitted: its level. */
    ASSESSMENT_SUBMITTED,
    /** An assessment was approved or returned: the decision, and why. */
    ASSESSMENT_REVIEWED,
    /** A placement or temporary guardianship was recorded: its kind. */
    PLACEMENT_RECORDED,
    /** An action was added to the case plan: its type, owner and due date. */
    PLAN_ACTION_ADDED,
    /** A plan action was done or dropped: its type and new status. */
    PLAN_ACTION_CHANGED,
    /** A police written warning was recorded: station and number. */
    WARNING_RECORDED,
    /** A protection order was applied for: the applicant, urgent or not; the court. */
    ORDER_APPLIED,
    /** A court ruled on a protection order: its decision and measures. */
    ORDER_RULED,
    /** A protection order was served: on whom. */
    ORDER_SERVED,
    /** A breach of a protection order was recorded: the police report. */
    ORDER_VIOLATED,
    /** A party asked for reconsideration of a ruling: which party. */
    ORDER_RECONSIDERATION,
    /** A stay in an emergency shelter began: the shelter's name (never its address). */
    SHELTER_STAY_BEGAN,
    /** The stay ended. */
    SHELTER_STAY_ENDED,
    /** Referred to another agency (its code), with the unit's name. */
    AGENCY_REFERRED,
    /** The agency answered (its code). */
    AGENCY_ANSWERED,
    /** A step of a women's-rights complaint: advice, mediation or outcome (its codes). */
    COMPLAINT_STEP,
    /** A step of an orphan's support file: APPLIED, VERIFIED, CONFIRMED, REFUSED or ENDED. */
    SUPPORT_STEP,
    /** A rehabilitation grant approved (APPROVED and its item). */
    REHAB_STEP,
    /**
     * A step of a legal-aid referral: ACCEPTED, DECLINED, MATERIALS_NEEDED, MATERIALS_ARRIVED,
     * LAWYER_ASSIGNED or CONCLUDED.
     */
    LEGAL_AID_STEP,
    /** A transfer to another community was asked for: the two communities, and why. */
    TRANSFER_REQUESTED,
    /** The receiving community accepted: the case moved from the first community to the second. */
    TRANSFER_ACCEPTED,
    /** The receiving community refused: the two communities, and why. */
    TRANSFER_REJECTED,
    /** The asking side withdrew the transfer: the two communities. */
    TRANSFER_WITHDRAWN,
    /** A departing worker's cases were handed over at once: from whom to whom. */
    HANDED_OVER;

    private final boolean move;

    Type() {
      this(false);
    }

    Type(boolean move) {
      this.move = move;
    }

    /** A move from one status to another: its codes read "from → to". */
    public boolean isMove() {
      return move;
    }
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private Case caseFile;

  @Column(name = "seq", nullable = false)
  private int sequence;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "username", nullable = false, length = 255)
  private String user;

  @Column(name = "event_type", nullable = false, length = 32)
  private String type;

  @Column(name = "codes", length = 255)
  private String codes;

  /** The free text (sealed); events before 0.12.0 kept their codes in it too. */
  @Column(name = "detail", length = 4000)
  private String detail;

  protected CaseEvent() {}

  CaseEvent(
      Case caseFile,
      int sequence,
      Instant at,
      String user,
      Type type,
      List<String> codes,
      String text) {
    this.id = UUID.randomUUID().toString();
    this.caseFile = caseFile;
    this.sequence = sequence;
    this.at = at;
    this.user = user;
    this.type = type.name();
    this.codes = codes.isEmpty() ? null : String.join(",", codes);
    this.detail = text == null || text.isBlank() ? null : text.strip();
  }

  /** "{@code reason} (→ {@code referredTo})", leaving out what is blank; null when both are. */
  static String text(String reason, String referredTo) {
    StringBuilder text = new StringBuilder();
    if (reason != null && !reason.isBlank()) {
      text.append(reason.strip());
    }
    if (referredTo != null && !referredTo.isBlank()) {
      text.append(text.isEmpty() ? "" : " ").append("(→ ").append(referredTo.strip()).append(')');
    }
    return text.isEmpty() ? null : text.toString();
  }

  public int sequence() {
    return sequence;
  }

  public Instant at() {
    return at;
  }

  public String user() {
    return user;
  }

  public Type type() {
    return Type.valueOf(type);
  }

  /** The codes the event keeps (see {@link Type}), in order; empty for older events. */
  public List<String> codes() {
    return codes == null ? List.of() : List.of(codes.split(","));
  }

  /** The free text: a reason, a note; for events before 0.12.0 the whole detail. */
  public Optional<String> text() {
    return Optional.ofNullable(detail);
  }

  /**
   * The event in one line, as the API's timeline shows it: "INTAKE → ASSESSMENT: reason", "HOME",
   * "PLACEMENT, TEMPORARY_GUARDIANSHIP: …" — the codes, then the text.
   */
  public String detail() {
    if (codes == null) {
      return detail;
    }
    String joined = String.join(type().isMove() ? " → " : ", ", codes());
    return detail == null ? joined : joined + ": " + detail;
  }
}
