package org.shouhu.protection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.DeadlinePolicy;
import org.shouhu.casework.domain.Milestone;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * A stay of a case's victim in an emergency shelter: from when, until when (open while it lasts).
 * Its beginning starts the stay's review deadline ({@link Milestone#SHELTERED}, 10 days by
 * default); its end meets it.
 */
@Entity
@Table(name = "shelter_stay")
public class ShelterStay {

  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Column(name = "shelter_id", nullable = false, length = 36)
  private String shelterId;

  @Column(name = "from_at", nullable = false)
  private Instant from;

  @Column(name = "until_at")
  private Instant until;

  @Column(name = "recorded_by", nullable = false, length = 255)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "ended_by", length = 255)
  private String endedBy;

  protected ShelterStay() {}

  /**
   * Begins a stay of case {@code c}'s victim in {@code shelter}, which has room ({@link
   * Shelter#admit} was asked, under the shelter's lock); the case is a domestic-violence case
   * without a stay under way, worked by {@code by}.
   */
  public static ShelterStay begin(
      Case c,
      Shelter shelter,
      boolean alreadySheltered,
      Instant from,
      Actor by,
      Instant now,
      DeadlinePolicy policy) {
    c.permissions().requireWork(by);
    if (c.kind() != CaseKind.DOMESTIC_VIOLENCE) {
      throw InvalidInputException.of("kind", "order.domesticViolenceOnly");
    }
    if (alreadySheltered) {
      throw InvalidInputException.of("shelter", "shelter.alreadyStaying");
    }
    if (from.isAfter(now.plus(CLOCK_SKEW))) {
      throw InvalidInputException.of("from", "order.future");
    }
    ShelterStay s = new ShelterStay();
    s.id = UUID.randomUUID().toString();
    s.caseId = c.id();
    s.shelterId = shelter.id();
    s.from = from;
    s.recordedBy = by.username();
    s.recordedAt = now;
    c.recordEvent(CaseEvent.Type.SHELTER_STAY_BEGAN, List.of(), shelter.name(), by, now);
    c.reach(Milestone.SHELTERED, from, policy);
    return s;
  }

  /** The stay ended at {@code at}: not before it began, once. */
  public void end(Case c, Instant at, Actor by, Instant now, DeadlinePolicy policy) {
    c.permissions().requireWork(by);
    if (until != null) {
      throw InvalidInputException.of("at", "shelter.ended");
    }
    if (at.isBefore(from)) {
      throw InvalidInputException.of("at", "shelter.endBeforeStart");
    }
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw InvalidInputException.of("at", "order.future");
    }
    until = at;
    endedBy = by.username();
    c.recordEvent(CaseEvent.Type.SHELTER_STAY_ENDED, List.of(), null, by, now);
    c.reach(Milestone.SHELTER_LEFT, at, policy);
  }

  public boolean isUnderWay() {
    return until == null;
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public String shelterId() {
    return shelterId;
  }

  public Instant from() {
    return from;
  }

  public Optional<Instant> until() {
    return Optional.ofNullable(until);
  }

  public String recordedBy() {
    return recordedBy;
  }
}
