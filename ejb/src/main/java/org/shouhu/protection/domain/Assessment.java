package org.shouhu.protection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.casework.domain.CasePermissions;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.casework.domain.DnaRule;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * An assessment of a case with an {@link Instrument} (安全与风险评估): the answers, the level they gave
 * and the scores per group, notes — then its review, approved or returned with a reason, by the
 * case's street supervisor or a district caseworker, never its author (Primero's assessment
 * approval; DOMAIN.md §2.1). Never overwritten: a re-assessment is a new assessment.
 */
@Entity
@Table(name = "case_assessment")
public class Assessment {

  /** Where the assessment stands. */
  public enum Status {
    SUBMITTED,
    APPROVED,
    RETURNED
  }

  /** A reviewer's decision. */
  @Schema(name = "AssessmentDecision")
  public enum Decision {
    APPROVED,
    RETURNED
  }

  /** The statuses a case is assessed in: from ASSESSMENT on, while open. */
  private static final EnumSet<CaseStatus> ASSESSABLE =
      EnumSet.of(CaseStatus.ASSESSMENT, CaseStatus.INTERVENTION, CaseStatus.FOLLOW_UP);

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Column(name = "instrument", nullable = false, length = 40)
  private String instrument;

  /** {@code ITEM=1;ITEM=0…} in the instrument's order (sealed). */
  @Column(name = "answers", nullable = false)
  private String answers;

  /** {@code GROUP=n;…} */
  @Column(name = "scores", nullable = false, length = 255)
  private String scores;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_level", nullable = false, length = 16)
  private RiskLevel riskLevel;

  @Column(name = "notes")
  private String notes;

  @Embedded private SafetyPlan safetyPlan;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "assessed_by", nullable = false, length = 255)
  private String assessedBy;

  @Column(name = "assessed_at", nullable = false)
  private Instant assessedAt;

  @Column(name = "reviewed_by", length = 255)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "review_reason")
  private String reviewReason;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Assessment() {}

  /**
   * Assesses case {@code c} with {@code instrument} (its kind's, from ASSESSMENT on, by someone who
   * may work the case now); the case's timeline shows the level.
   */
  public static Assessment submit(
      Case c, Instrument instrument, Map<String, ?> answers, String notes, Actor by, Instant now) {
    return submit(c, instrument, answers, notes, null, by, now);
  }

  /** The same, with the safety plan made with her (domestic violence). */
  public static Assessment submit(
      Case c,
      Instrument instrument,
      Map<String, ?> answers,
      String notes,
      SafetyPlan plan,
      Actor by,
      Instant now) {
    c.permissions().requireWork(by);
    if (instrument.kind() != c.kind()) {
      throw InvalidInputException.of("instrument", "assessment.otherKind");
    }
    if (!ASSESSABLE.contains(c.status())) {
      throw InvalidInputException.of("status", "assessment.notYet");
    }
    Instrument.Result result = instrument.assess(answers);
    DnaRule.check(c, "notes", notes);
    Assessment a = new Assessment();
    a.safetyPlan = plan == null || plan.isEmpty() ? null : plan;
    a.id = UUID.randomUUID().toString();
    a.caseId = c.id();
    a.instrument = instrument.code();
    a.answers =
        instrument.items().stream()
            .map(i -> i.code() + "=" + (Boolean.TRUE.equals(answers.get(i.code())) ? 1 : 0))
            .collect(Collectors.joining(";"));
    a.scores =
        result.scores().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(";"));
    a.riskLevel = result.level();
    a.notes = notes == null || notes.isBlank() ? null : notes.strip();
    a.status = Status.SUBMITTED;
    a.assessedBy = by.username();
    a.assessedAt = now;
    c.recordEvent(
        CaseEvent.Type.ASSESSMENT_SUBMITTED,
        List.of(instrument.code(), result.level().name()),
        null,
        by,
        now);
    return a;
  }

  /**
   * The review: by a supervisor or caseworker who may read the case, never the author (422), once,
   * while the case is open; a returned assessment needs the reason.
   */
  public void review(Case c, Decision decision, String reason, Actor by, Instant now) {
    if (!CasePermissions.supervises(by)) {
      throw new AccessDeniedException("assessment.reviewerRole");
    }
    c.permissions().requireWork(by);
    if (status != Status.SUBMITTED) {
      throw InvalidInputException.of("decision", "assessment.alreadyReviewed");
    }
    if (assessedBy.equals(by.username())) {
      throw InvalidInputException.of("decision", "assessment.ownReview");
    }
    if (decision == Decision.RETURNED && (reason == null || reason.isBlank())) {
      throw InvalidInputException.of("reason", "validation.required");
    }
    DnaRule.check(c, "reason", reason);
    status = decision == Decision.APPROVED ? Status.APPROVED : Status.RETURNED;
    reviewedBy = by.username();
    reviewedAt = now;
    reviewReason = reason == null || reason.isBlank() ? null : reason.strip();
    c.recordEvent(
        CaseEvent.Type.ASSESSMENT_REVIEWED, List.of(decision.name()), reviewReason, by, now);
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public String instrument() {
    return instrument;
  }

  /** The answers, item by item, in the instrument's order. */
  public Map<String, Boolean> answers() {
    return parse(answers, v -> v.equals("1"));
  }

  /** The score of each group. */
  public Map<String, Integer> scores() {
    return parse(scores, Integer::valueOf);
  }

  private static <T> Map<String, T> parse(
      String encoded, java.util.function.Function<String, T> value) {
    Map<String, T> parsed = new LinkedHashMap<>();
    for (String pair : encoded.split(";")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2) {
        parsed.put(kv[0], value.apply(kv[1]));
      }
    }
    return parsed;
  }

  public RiskLevel riskLevel() {
    return riskLevel;
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public Optional<SafetyPlan> safetyPlan() {
    return Optional.ofNullable(safetyPlan).filter(p -> !p.isEmpty());
  }

  public Status status() {
    return status;
  }

  public String assessedBy() {
    return assessedBy;
  }

  public Instant assessedAt() {
    return assessedAt;
  }

  public Optional<String> reviewedBy() {
    return Optional.ofNullable(reviewedBy);
  }

  public Optional<Instant> reviewedAt() {
    return Optional.ofNullable(reviewedAt);
  }

  public Optional<String> reviewReason() {
    return Optional.ofNullable(reviewReason);
  }

  public long version() {
    return version;
  }
}
