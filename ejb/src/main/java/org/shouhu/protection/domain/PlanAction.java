package org.shouhu.protection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.casework.domain.DnaRule;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * An action of a case's plan (个案计划): what, whose, by when. It starts OPEN with a {@link #DEADLINE}
 * due at 24:00 of its due day — on the worklists and escalated like every deadline — and ends DONE
 * (meeting it) or DROPPED (with the reason why). Among the types is the guardianship intervention
 * ladder (监护干预): a warning to the guardian, her written undertaking, a petition to revoke
 * guardianship (Minors Protection Law art. 108; Civil Code art. 36).
 */
@Entity
@Table(name = "plan_action")
public class PlanAction {

  /** The deadline an open action keeps on its case (its id as the reference). */
  public static final String DEADLINE = "PLAN_ACTION";

  /** What is to be done. */
  @Schema(name = "PlanActionType")
  public enum Type {
    COUNSELLING,
    SCHOOL,
    MEDICAL,
    LEGAL_AID,
    FAMILY_SUPPORT,
    /** 训诫/告诫监护人 — the ladder's first step. */
    GUARDIAN_WARNING,
    /** 监护人书面保证. */
    GUARDIAN_UNDERTAKING,
    /** 申请撤销监护人资格. */
    PETITION_REVOKE_GUARDIANSHIP,
    OTHER;

    /** One of the guardianship intervention ladder's steps. */
    public boolean isGuardianshipIntervention() {
      return this == GUARDIAN_WARNING
          || this == GUARDIAN_UNDERTAKING
          || this == PETITION_REVOKE_GUARDIANSHIP;
    }
  }

  /** Where the action stands. */
  public enum Status {
    OPEN,
    DONE,
    DROPPED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action_type", nullable = false, length = 40)
  private Type type;

  @Column(name = "owner", nullable = false, length = 255)
  private String owner;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "notes")
  private String notes;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "status_note")
  private String statusNote;

  @Column(name = "changed_by", length = 255)
  private String changedBy;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Column(name = "created_by", nullable = false, length = 255)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PlanAction() {}

  /**
   * Adds an action to case {@code c}'s plan, by someone who may work the case now; not due before
   * the report came in.
   */
  public static PlanAction add(
      Case c, Type type, String owner, LocalDate dueOn, String notes, Actor by, Instant now) {
    c.permissions().requireWork(by);
    if (dueOn.isBefore(Beijing.dateOf(c.report().receivedAt()))) {
      throw InvalidInputException.of("dueOn", "planAction.beforeReport");
    }
    DnaRule.check(c, "notes", notes);
    PlanAction a = new PlanAction();
    a.id = UUID.randomUUID().toString();
    a.caseId = c.id();
    a.type = type;
    a.owner = owner.strip();
    a.dueOn = dueOn;
    a.notes = notes == null || notes.isBlank() ? null : notes.strip();
    a.status = Status.OPEN;
    a.createdBy = by.username();
    a.createdAt = now;
    c.track(DEADLINE, a.id, now, Beijing.endOf(dueOn));
    c.recordEvent(
        CaseEvent.Type.PLAN_ACTION_ADDED,
        List.of(type.name()),
        a.owner + " · " + dueOn + (a.notes == null ? "" : " · " + a.notes),
        by,
        now);
    return a;
  }

  /** Done or dropped (with a note saying why), once; its deadline is met or no longer due. */
  public void change(Case c, Status to, String note, Actor by, Instant now) {
    c.permissions().requireWork(by);
    if (to == Status.OPEN) {
      throw InvalidInputException.of("status", "planAction.reopen");
    }
    if (status != Status.OPEN) {
      throw InvalidInputException.of("status", "planAction.notOpen");
    }
    if (to == Status.DROPPED && (note == null || note.isBlank())) {
      throw InvalidInputException.of("note", "validation.required");
    }
    DnaRule.check(c, "note", note);
    status = to;
    statusNote = note == null || note.isBlank() ? null : note.strip();
    changedBy = by.username();
    changedAt = now;
    c.settle(DEADLINE, id, now, to == Status.DONE);
    c.recordEvent(
        CaseEvent.Type.PLAN_ACTION_CHANGED, List.of(type.name(), to.name()), statusNote, by, now);
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public Type type() {
    return type;
  }

  public String owner() {
    return owner;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public Status status() {
    return status;
  }

  public Optional<String> statusNote() {
    return Optional.ofNullable(statusNote);
  }

  public Optional<String> changedBy() {
    return Optional.ofNullable(changedBy);
  }

  public Optional<Instant> changedAt() {
    return Optional.ofNullable(changedAt);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
