package org.shouhu.womensrights.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Label;

/**
 * A step of a women's-rights complaint (妇女维权投诉), the lighter path of a WOMENS_RIGHTS case: advice
 * given, a mediation held (with or without an agreement), and the outcome. A referral to an agency
 * with its answer is the agency-referral mechanism every case has.
 */
@Entity
@Table(name = "complaint_step")
public class ComplaintStep {

  /** What the step was. */
  @Schema(name = "ComplaintStepType")
  public enum Type {
    ADVICE,
    MEDIATION,
    OUTCOME
  }

  /** How a mediation or the complaint ended; each type takes its own. */
  @Schema(name = "ComplaintStepResult")
  public enum Result {
    AGREEMENT(Type.MEDIATION),
    NO_AGREEMENT(Type.MEDIATION),
    RESOLVED(Type.OUTCOME),
    PARTLY_RESOLVED(Type.OUTCOME),
    NOT_RESOLVED(Type.OUTCOME),
    REFERRED_ON(Type.OUTCOME),
    LITIGATION(Type.OUTCOME),
    WITHDRAWN(Type.OUTCOME);

    private final Type of;

    Result(Type of) {
      this.of = of;
    }

    static Set<Result> of(Type type) {
      Set<Result> found = EnumSet.noneOf(Result.class);
      for (Result r : values()) {
        if (r.of == type) {
          found.add(r);
        }
      }
      return found;
    }
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "step_type", nullable = false, length = 12)
  private Type type;

  @Column(name = "at_time", nullable = false)
  private Instant at;

  private String notes;

  @Enumerated(EnumType.STRING)
  @Column(name = "result", length = 20)
  private Result result;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ComplaintStep() {}

  /**
   * Records a step on an open WOMENS_RIGHTS case, by one of its workers: a mediation and an outcome
   * need their result, advice has none; not before the complaint came in.
   */
  public static ComplaintStep record(
      Case c, Type type, Instant at, String notes, Result result, Actor by, Instant now) {
    if (c.kind() != CaseKind.WOMENS_RIGHTS) {
      throw InvalidInputException.of(
          "kind", "complaint.kind", Label.of("kind", CaseKind.WOMENS_RIGHTS));
    }
    c.permissions().requireWork(by);
    Set<Result> allowed = Result.of(type);
    if (allowed.isEmpty() ? result != null : result == null || !allowed.contains(result)) {
      throw InvalidInputException.of(
          "result",
          "complaint.result.invalid",
          Label.of("complaintStep", type),
          Label.all("complaintResult", allowed));
    }
    if (at.isBefore(c.report().receivedAt())) {
      throw InvalidInputException.of("at", "complaint.beforeReceived");
    }
    ComplaintStep s = new ComplaintStep();
    s.id = UUID.randomUUID().toString();
    s.caseId = c.id();
    s.type = type;
    s.at = at;
    s.notes = notes == null || notes.isBlank() ? null : notes.strip();
    s.result = result;
    s.recordedBy = by.username();
    s.recordedAt = now;
    c.recordEvent(
        CaseEvent.Type.COMPLAINT_STEP,
        result == null ? List.of(type.name()) : List.of(type.name(), result.name()),
        null,
        by,
        now);
    return s;
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

  public Instant at() {
    return at;
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public Optional<Result> result() {
    return Optional.ofNullable(result);
  }

  public String recordedBy() {
    return recordedBy;
  }
}
