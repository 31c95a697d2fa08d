package org.shouhu.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A deadline of a case: started by a milestone, due at {@code dueAt}, met by another milestone — or
 * lapsed, when the case ended (or left the phase it belongs to) before it was met. It is overdue
 * when it is read after {@code dueAt} while still open; nothing stores "overdue".
 */
@Entity
@Table(name = "case_deadline")
public class Deadline {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private Case caseFile;

  @Column(name = "name", nullable = false, length = 40)
  private String name;

  /** What a {@link Milestone#RECORDED} deadline is about (a plan action's id); else null. */
  @Column(name = "ref", length = 36)
  private String ref;

  @Enumerated(EnumType.STRING)
  @Column(name = "started_by", nullable = false, length = 24)
  private Milestone startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "met_by", nullable = false, length = 24)
  private Milestone metBy;

  @Column(name = "met_at")
  private Instant metAt;

  @Column(name = "lapsed_at")
  private Instant lapsedAt;

  protected Deadline() {}

  Deadline(
      Case caseFile,
      String name,
      Milestone startedBy,
      Instant startedAt,
      Instant dueAt,
      Milestone metBy) {
    this(caseFile, name, null, startedBy, startedAt, dueAt, metBy);
  }

  Deadline(
      Case caseFile,
      String name,
      String ref,
      Milestone startedBy,
      Instant startedAt,
      Instant dueAt,
      Milestone metBy) {
    this.ref = ref;
    this.id = UUID.randomUUID().toString();
    this.caseFile = caseFile;
    this.name = name;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.dueAt = dueAt;
    this.metBy = metBy;
  }

  /** Neither met nor lapsed. */
  public boolean isOpen() {
    return metAt == null && lapsedAt == null;
  }

  /** Past due and still open at {@code now}. */
  public boolean isOverdue(Instant now) {
    return isOpen() && now.isAfter(dueAt);
  }

  void meet(Instant at) {
    metAt = at;
  }

  void lapse(Instant at) {
    lapsedAt = at;
  }

  public String id() {
    return id;
  }

  /** The case this deadline belongs to. */
  public Case owner() {
    return caseFile;
  }

  public String name() {
    return name;
  }

  /** What the deadline is about, for one a case kind keeps ({@link Milestone#RECORDED}). */
  public Optional<String> ref() {
    return Optional.ofNullable(ref);
  }

  public Milestone startedBy() {
    return startedBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Milestone metBy() {
    return metBy;
  }

  public Optional<Instant> metAt() {
    return Optional.ofNullable(metAt);
  }

  public Optional<Instant> lapsedAt() {
    return Optional.ofNullable(lapsedAt);
  }

  /** Met in time: met no later than due. */
  public boolean metOnTime() {
    return metAt != null && !metAt.isAfter(dueAt);
  }
}
