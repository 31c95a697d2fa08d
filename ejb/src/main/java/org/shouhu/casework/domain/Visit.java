package org.shouhu.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * A visit or contact (走访/回访): when, how, who was present, whether the child was seen alone, what
 * was found, and when the next one is due. Not in the future (beyond the clock skew), not before
 * the report came in, and the next visit after this one.
 */
@Entity
@Table(name = "case_visit")
public class Visit {

  /** How the worker met the subject. */
  public enum Mode {
    HOME,
    OFFICE,
    PHONE,
    SCHOOL,
    /**
     * With the police station (Anti-Domestic Violence Law art. 17: 查访 by the committee and the
     * police).
     */
    WITH_POLICE
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private Case caseFile;

  @Column(name = "visited_at", nullable = false)
  private Instant visitedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "visit_mode", nullable = false, length = 16)
  private Mode mode;

  @Column(name = "present")
  private String present;

  @Column(name = "seen_alone")
  private Boolean seenAlone;

  @Column(name = "notes")
  private String notes;

  @Column(name = "next_visit_due")
  private LocalDate nextVisitDue;

  @Column(name = "recorded_by", nullable = false, length = 255)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  /** How far a client's clock may run ahead of the server's for "not in the future". */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  protected Visit() {}

  /**
   * What a worker reports of a visit: when and how, who was there, whether she saw the child alone
   * (null: not said, e.g. a visit to a woman), what she observed, when the next visit is due.
   */
  public record Report(
      Instant visitedAt,
      Mode mode,
      String present,
      Boolean seenAlone,
      String notes,
      LocalDate nextVisitDue) {}

  /** A visit to {@code c}, checked against the case's report time and the clock. */
  static Visit of(Case c, Report report, String by, Instant now) {
    Instant visitedAt = report.visitedAt();
    if (visitedAt.isAfter(now.plus(CLOCK_SKEW))) {
      throw InvalidInputException.of("visitedAt", "case.visit.future");
    }
    if (visitedAt.isBefore(c.report().receivedAt())) {
      throw InvalidInputException.of("visitedAt", "case.visit.beforeReceived");
    }
    LocalDate next = report.nextVisitDue();
    if (next != null && !Beijing.endOf(next).isAfter(visitedAt)) {
      throw InvalidInputException.of("nextVisitDue", "case.visit.nextBeforeVisit");
    }
    DnaRule.check(c, "present", report.present());
    DnaRule.check(c, "notes", report.notes());
    Visit v = new Visit();
    v.id = UUID.randomUUID().toString();
    v.caseFile = c;
    v.visitedAt = visitedAt;
    v.mode = report.mode();
    v.present = blankToNull(report.present());
    v.seenAlone = report.seenAlone();
    v.notes = blankToNull(report.notes());
    v.nextVisitDue = next;
    v.recordedBy = by;
    v.recordedAt = now;
    return v;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String id() {
    return id;
  }

  public Instant visitedAt() {
    return visitedAt;
  }

  public Mode mode() {
    return mode;
  }

  public String notes() {
    return notes;
  }

  /** Who was present (sealed, like the notes). */
  public Optional<String> present() {
    return Optional.ofNullable(present);
  }

  /** Whether the worker saw the child alone; empty when not said. */
  public Optional<Boolean> seenAlone() {
    return Optional.ofNullable(seenAlone);
  }

  public Optional<LocalDate> nextVisitDue() {
    return Optional.ofNullable(nextVisitDue);
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
