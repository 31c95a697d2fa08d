package org.shouhu.protection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
import org.shouhu.shared.domain.InvalidInputException;

/**
 * Where a child lives while her case lasts (安置): temporary guardianship by civil affairs (临时监护,
 * Minors Protection Law art. 92), with relatives, in foster care, in an institution, in hospital —
 * where, from when, until when (open while it lasts), decided by whom. The place is shown to the
 * case's handlers only (DOMAIN.md §4). An end before the start is refused.
 */
@Entity
@Table(name = "placement")
public class Placement {

  /** What kind of placement. */
  @Schema(name = "PlacementKind")
  public enum Kind {
    /** 临时监护 by civil affairs (Minors Protection Law art. 92). */
    TEMPORARY_GUARDIANSHIP,
    /** 亲属照料. */
    KINSHIP,
    /** 家庭寄养. */
    FOSTER,
    /** 机构养育 (child welfare or rescue and protection institution). */
    INSTITUTION,
    /** 医疗救治. */
    MEDICAL
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private Kind kind;

  @Column(name = "place", nullable = false)
  private String place;

  @Column(name = "from_date", nullable = false)
  private LocalDate from;

  @Column(name = "to_date")
  private LocalDate to;

  @Column(name = "decided_by", nullable = false, length = 200)
  private String decidedBy;

  @Column(name = "recorded_by", nullable = false, length = 255)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Placement() {}

  /** Records a placement of case {@code c}'s child, by someone who may work the case now. */
  public static Placement record(
      Case c,
      Kind kind,
      String place,
      LocalDate from,
      LocalDate to,
      String decidedBy,
      Actor by,
      Instant now) {
    c.permissions().requireWork(by);
    if (to != null && to.isBefore(from)) {
      throw InvalidInputException.of("to", "placement.endBeforeStart");
    }
    DnaRule.check(c, "place", place);
    DnaRule.check(c, "decidedBy", decidedBy);
    Placement p = new Placement();
    p.id = UUID.randomUUID().toString();
    p.caseId = c.id();
    p.kind = kind;
    p.place = place.strip();
    p.from = from;
    p.to = to;
    p.decidedBy = decidedBy.strip();
    p.recordedBy = by.username();
    p.recordedAt = now;
    c.recordEvent(
        CaseEvent.Type.PLACEMENT_RECORDED,
        List.of(kind.name()),
        from + (to == null ? " –" : " – " + to) + " · " + p.decidedBy,
        by,
        now);
    return p;
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public Kind kind() {
    return kind;
  }

  public String place() {
    return place;
  }

  public LocalDate from() {
    return from;
  }

  public Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
