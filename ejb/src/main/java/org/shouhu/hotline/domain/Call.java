package org.shouhu.hotline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.Sex;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * A hotline call (来电): most end with advice or a referral and are never a case, yet each is kept
 * and counted (DOMAIN.md §2.5). The caller may stay anonymous: then neither her name nor her number
 * is kept, only the number's keyed hash, which recognises her next call. A call becomes at most one
 * case.
 */
@Entity
@Table(name = "hotline_call")
public class Call {

  /** What the operator typed, checked field by field (the phone's hash computed outside). */
  public record Taking(
      Line line,
      Instant startedAt,
      Integer durationSeconds,
      boolean anonymous,
      String callerName,
      String callerPhone,
      Sex callerSex,
      CallerRole callerRole,
      Integer callerAge,
      CaseCategory category,
      boolean urgent,
      String jurisdiction,
      String request,
      String advice,
      CallOutcome outcome,
      Instant callBackAt) {}

  public static final int LONGEST_CALL_SECONDS = 24 * 60 * 60;
  public static final int OLDEST_CALLER = 120;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "call_number", nullable = false, length = 20)
  private String callNumber;

  @Column(name = "line", nullable = false, length = 8)
  private String line;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "duration_seconds")
  private Integer durationSeconds;

  @Column(name = "caller_anonymous", nullable = false)
  private boolean anonymous;

  private String callerName;

  private String callerPhone;

  @Column(name = "caller_phone_hash", length = 64)
  private String callerPhoneHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "caller_sex", length = 1)
  private Sex callerSex;

  @Enumerated(EnumType.STRING)
  @Column(name = "caller_role", length = 16)
  private CallerRole callerRole;

  @Column(name = "caller_age")
  private Integer callerAge;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 32)
  private CaseCategory category;

  @Column(name = "urgent", nullable = false)
  private boolean urgent;

  @Column(name = "district", nullable = false, length = 12)
  private String district;

  @Column(name = "jurisdiction", length = 12)
  private String jurisdiction;

  private String request;

  private String advice;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 12)
  private CallOutcome outcome;

  @Column(name = "case_id", length = 36)
  private String caseId;

  @Column(name = "case_number", length = 20)
  private String caseNumber;

  @Column(name = "call_back_at")
  private Instant callBackAt;

  @Column(name = "called_back_at")
  private Instant calledBackAt;

  @Column(name = "called_back_by")
  private String calledBackBy;

  @Column(name = "handed_from", length = 8)
  private String handedFrom;

  @Column(name = "handed_at")
  private Instant handedAt;

  @Column(name = "handed_by")
  private String handedBy;

  @Column(name = "taken_by", nullable = false)
  private String takenBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Call() {}

  /**
   * Logs a call taken by {@code by} in {@code district} (the hotline's). {@code phoneHash} is the
   * keyed hash of the caller's number, null when she gave none.
   */
  public static Call take(
      Taking t, CallNumber number, String district, String phoneHash, Actor by, Instant now) {
    if (!t.line().allows(t.category())) {
      throw InvalidInputException.of("category", "call.category.notOnLine", t.line().number());
    }
    if (t.durationSeconds() != null
        && (t.durationSeconds() < 0 || t.durationSeconds() > LONGEST_CALL_SECONDS)) {
      throw InvalidInputException.of("durationSeconds", "call.duration", LONGEST_CALL_SECONDS);
    }
    if (t.callerAge() != null && (t.callerAge() < 0 || t.callerAge() > OLDEST_CALLER)) {
      throw InvalidInputException.of("caller.age", "call.age", OLDEST_CALLER);
    }
    String phone = t.anonymous() ? null : blankToNull(t.callerPhone());
    if (t.callBackAt() != null && phone == null) {
      throw InvalidInputException.of("callBackAt", "call.callBack.noPhone");
    }
    if (t.callBackAt() != null && t.callBackAt().isBefore(t.startedAt())) {
      throw InvalidInputException.of("callBackAt", "call.callBack.beforeCall");
    }
    Call c = new Call();
    c.id = UUID.randomUUID().toString();
    c.callNumber = number.value();
    c.line = t.line().number();
    c.startedAt = t.startedAt();
    c.durationSeconds = t.durationSeconds();
    c.anonymous = t.anonymous();
    c.callerName = t.anonymous() ? null : blankToNull(t.callerName());
    c.callerPhone = phone;
    c.callerPhoneHash = phoneHash;
    c.callerSex = t.callerSex();
    c.callerRole = t.callerRole();
    c.callerAge = t.callerAge();
    c.category = t.category();
    c.urgent = t.urgent();
    c.district = district;
    c.jurisdiction = blankToNull(t.jurisdiction());
    c.request = blankToNull(t.request());
    c.advice = blankToNull(t.advice());
    c.outcome = t.outcome();
    c.callBackAt = t.callBackAt();
    c.takenBy = by.username();
    c.createdAt = now;
    return c;
  }

  /** The call became the case {@code caseNumber}: once (a second case is a conflict). */
  public void becameCase(String newCaseId, String newCaseNumber) {
    if (caseId != null) {
      throw new ConflictException("call.alreadyCase", callNumber, caseNumber);
    }
    caseId = newCaseId;
    caseNumber = newCaseNumber;
    outcome = CallOutcome.CASE;
  }

  /**
   * The call goes to the other line (a 12338 call about a child to 12349, or back), in a category
   * of that line; not once it is a case.
   */
  public void handOver(Line to, CaseCategory newCategory, Actor by, Instant now) {
    if (caseId != null) {
      throw InvalidInputException.of("line", "call.handover.isCase", caseNumber);
    }
    if (to == line()) {
      throw InvalidInputException.of("line", "call.handover.sameLine", to.number());
    }
    if (!to.allows(newCategory)) {
      throw InvalidInputException.of("category", "call.category.notOnLine", to.number());
    }
    handedFrom = line;
    handedAt = now;
    handedBy = by.username();
    line = to.number();
    category = newCategory;
  }

  /** The caller was called back at {@code at}, as she asked. */
  public void calledBack(Instant at, Actor by) {
    if (callBackAt == null) {
      throw InvalidInputException.of("at", "call.callBack.none");
    }
    if (calledBackAt != null) {
      throw new ConflictException("call.callBack.done");
    }
    if (at.isBefore(startedAt)) {
      throw InvalidInputException.of("at", "call.callBack.beforeCall");
    }
    calledBackAt = at;
    calledBackBy = by.username();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String id() {
    return id;
  }

  public CallNumber callNumber() {
    return new CallNumber(callNumber);
  }

  public Line line() {
    return Line.of(line).orElseThrow();
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Optional<Integer> durationSeconds() {
    return Optional.ofNullable(durationSeconds);
  }

  public boolean anonymous() {
    return anonymous;
  }

  public Optional<String> callerName() {
    return Optional.ofNullable(callerName);
  }

  public Optional<String> callerPhone() {
    return Optional.ofNullable(callerPhone);
  }

  /** The keyed hash of the caller's number, kept also when she stays anonymous. */
  public Optional<String> callerPhoneHash() {
    return Optional.ofNullable(callerPhoneHash);
  }

  public Optional<Sex> callerSex() {
    return Optional.ofNullable(callerSex);
  }

  public Optional<CallerRole> callerRole() {
    return Optional.ofNullable(callerRole);
  }

  public Optional<Integer> callerAge() {
    return Optional.ofNullable(callerAge);
  }

  public CaseCategory category() {
    return category;
  }

  public boolean urgent() {
    return urgent;
  }

  public String district() {
    return district;
  }

  public Optional<String> jurisdiction() {
    return Optional.ofNullable(jurisdiction);
  }

  public Optional<String> request() {
    return Optional.ofNullable(request);
  }

  public Optional<String> advice() {
    return Optional.ofNullable(advice);
  }

  public CallOutcome outcome() {
    return outcome;
  }

  public Optional<String> caseId() {
    return Optional.ofNullable(caseId);
  }

  public Optional<String> caseNumber() {
    return Optional.ofNullable(caseNumber);
  }

  public Optional<Instant> callBackAt() {
    return Optional.ofNullable(callBackAt);
  }

  public Optional<Instant> calledBackAt() {
    return Optional.ofNullable(calledBackAt);
  }

  public Optional<Line> handedFrom() {
    return Optional.ofNullable(handedFrom).flatMap(Line::of);
  }

  public Optional<Instant> handedAt() {
    return Optional.ofNullable(handedAt);
  }

  public String takenBy() {
    return takenBy;
  }

  public long version() {
    return version;
  }
}
