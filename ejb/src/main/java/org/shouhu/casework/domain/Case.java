package org.shouhu.casework.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.JurisdictionCode;

/**
 * A case (个案), from the report to closure: its lifecycle. The status moves only along {@link
 * CaseStatus#directTargets()} or through an approved {@link ClosureRequest}; every change appends
 * an event to the timeline, and nothing is ever deleted. Who may do what: {@link CasePermissions};
 * its deadlines: {@link CaseDeadlines}. {@code version} detects a second, concurrent edit. What a
 * case kind keeps of its own lives in that kind's context, referring to the case by id — never
 * here.
 */
@Entity
@Table(name = "case_file")
public class Case {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_number", nullable = false, unique = true, length = 20)
  private String caseNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 32)
  private CaseKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private CaseStatus status;

  @Column(name = "jurisdiction", nullable = false, length = 12)
  private String jurisdiction;

  @Embedded private Report report;

  @Column(name = "assignee", length = 255)
  private String assignee;

  @Column(name = "referred_to", length = 1024)
  private String referredTo;

  @Column(name = "legal_aid_shared", nullable = false)
  private boolean sharedWithLegalAid;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Embedded private ClosureRequest closureRequest;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.PERSIST)
  @OrderBy("sequence")
  private List<CaseEvent> events = new ArrayList<>();

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.PERSIST)
  private List<CaseParty> parties = new ArrayList<>();

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.PERSIST)
  @OrderBy("dueAt")
  private List<Deadline> deadlines = new ArrayList<>();

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.PERSIST)
  @OrderBy("visitedAt")
  private List<Visit> visits = new ArrayList<>();

  protected Case() {}

  /** Opens a case; its first deadlines run from when the report came in, not from now. */
  public static Case receive(
      Intake intake,
      Person subject,
      List<Party> others,
      CaseNumber number,
      Actor by,
      Instant now,
      DeadlinePolicy policy) {
    Case c = new Case();
    c.id = UUID.randomUUID().toString();
    c.caseNumber = number.value();
    c.kind = intake.kind();
    c.status = CaseStatus.INTAKE;
    c.jurisdiction = intake.jurisdiction().value();
    c.report = new Report(intake, by.username(), now);
    c.parties.add(new CaseParty(c, subject, PartyRole.SUBJECT));
    others.forEach(p -> c.parties.add(new CaseParty(c, p.person(), p.role())));
    c.record(now, by, CaseEvent.Type.RECEIVED, List.of(intake.channel().name()), null);
    c.clock().reach(Milestone.RECEIVED, intake.receivedAt(), policy);
    return c;
  }

  /**
   * Moves the case along the lifecycle ({@link CasePermissions#requireMove}); not accepting and
   * reopening need a reason; a pending closure request is withdrawn; deadlines follow ({@link
   * CaseDeadlines#moved}).
   */
  public void moveTo(
      CaseStatus to,
      String reason,
      String referredTo,
      Actor by,
      Instant now,
      DeadlinePolicy policy) {
    permissions().requireMove(by, to);
    DnaRule.check(this, "reason", reason);
    DnaRule.check(this, "referredTo", referredTo);
    boolean reopening = status == CaseStatus.CLOSED;
    if (permissions().moveNeedsReason(to)) {
      requireReason(reason);
    }
    if (closureRequest != null) {
      closureRequest = null;
      record(now, by, CaseEvent.Type.CLOSURE_WITHDRAWN, List.of(), null);
    }
    CaseStatus from = status;
    status = to;
    CaseEvent.Type type = reopening ? CaseEvent.Type.REOPENED : CaseEvent.Type.TRANSITION;
    if (to == CaseStatus.NOT_ACCEPTED) {
      this.referredTo = referredTo;
      type = CaseEvent.Type.NOT_ACCEPTED;
    }
    record(now, by, type, List.of(from.name(), to.name()), CaseEvent.text(reason, referredTo));
    clock().moved(from, to, now, policy);
  }

  /** Asks to close the case ({@link ClosureRequest}); from ASSESSMENT this completes it. */
  public void requestClosure(String reason, Actor by, Instant now, DeadlinePolicy policy) {
    permissions().requireCasework(by);
    DnaRule.check(this, "reason", reason);
    closureRequest = ClosureRequest.file(status, closureRequest, reason, by.username(), now);
    record(now, by, CaseEvent.Type.CLOSURE_REQUESTED, List.of(), reason);
    if (status == CaseStatus.ASSESSMENT) {
      clock().reach(Milestone.ASSESSED, now, policy);
    }
  }

  /** Decides the pending closure request: approval closes the case, rejection leaves it. */
  public void decideClosure(boolean approve, String reason, Actor by, Instant now) {
    permissions().requireDecider(by);
    DnaRule.check(this, "reason", reason);
    ClosureRequest.checkDecision(closureRequest, approve, reason);
    closureRequest = null;
    if (approve) {
      status = CaseStatus.CLOSED;
      record(now, by, CaseEvent.Type.CLOSURE_APPROVED, List.of(), reason);
      clock().lapseAll(now);
    } else {
      record(now, by, CaseEvent.Type.CLOSURE_REJECTED, List.of(), reason);
    }
  }

  /** Gives the case to a worker (supervisors and caseworkers). */
  public void assign(String newAssignee, Actor by, Instant now) {
    CasePermissions.requireAssigner(by);
    if (newAssignee == null || newAssignee.isBlank()) {
      throw InvalidInputException.of("assignee", "validation.required");
    }
    String before = assignee;
    assignee = newAssignee.strip();
    record(
        now,
        by,
        CaseEvent.Type.ASSIGNED,
        List.of(),
        (before == null ? "—" : before) + " → " + assignee);
  }

  /**
   * A departing worker's case goes to {@code newAssignee} with the others of one hand-over (a
   * supervisor's or caseworker's act); only an open case.
   */
  public void handOver(String newAssignee, String reason, Actor by, Instant now) {
    CasePermissions.requireAssigner(by);
    DnaRule.check(this, "reason", reason);
    String before = assignee;
    assignee = newAssignee;
    record(
        now,
        by,
        CaseEvent.Type.HANDED_OVER,
        List.of(),
        before
            + " → "
            + newAssignee
            + (reason == null || reason.isBlank() ? "" : "（" + reason.strip() + "）"));
  }

  /**
   * The receiving community accepted a transfer: the case now lies in {@code to} (its history
   * stays), nobody there is assigned yet; only an open case moves (422 on {@code status}).
   */
  public void transferTo(JurisdictionCode to, String reason, Actor by, Instant now) {
    if (!status.isOpen()) {
      throw InvalidInputException.of("status", "transfer.notOpen");
    }
    String from = jurisdiction;
    jurisdiction = to.value();
    assignee = null;
    record(now, by, CaseEvent.Type.TRANSFER_ACCEPTED, List.of(from, to.value()), reason);
  }

  /** Referred to legal aid with consent or a basis: its district's officers read the referral. */
  public void shareWithLegalAid(String reason, Actor by, Instant now) {
    permissions().requireShare(by);
    DnaRule.check(this, "reason", reason);
    sharedWithLegalAid = true;
    record(now, by, CaseEvent.Type.LEGAL_AID_REFERRED, List.of(), reason);
  }

  /** A visit or contact while the case is open ({@link Visit}); it meets visit deadlines. */
  public Visit recordVisit(Visit.Report report, Actor by, Instant now) {
    permissions().requireVisit(by);
    Visit visit = Visit.of(this, report, by.username(), now);
    visits.add(visit);
    record(now, by, CaseEvent.Type.VISITED, List.of(report.mode().name()), null);
    clock().visited(report.visitedAt(), report.nextVisitDue());
    return visit;
  }

  /**
   * Starts a deadline that a case kind keeps ({@link Milestone#RECORDED}): a police notice, a plan
   * action (its id as {@code ref}), a court's ruling. It shows, escalates and counts like the rest.
   */
  public void track(String deadline, String ref, Instant startedAt, Instant dueAt) {
    clock().track(deadline, ref, startedAt, dueAt);
  }

  /**
   * A milestone a case kind records ({@link Milestone#WARNED}): it starts and meets deadlines by
   * the rules, like the lifecycle's own.
   */
  public void reach(Milestone milestone, Instant at, DeadlinePolicy policy) {
    clock().reach(milestone, at, policy);
  }

  /** The kind's deadline of that name and reference was met ({@code met}) or is no longer due. */
  public void settle(String deadline, String ref, Instant at, boolean met) {
    clock().settle(deadline, ref, at, met);
  }

  /** Puts what a case kind's context did on the timeline (its codes, its text). */
  public void recordEvent(
      CaseEvent.Type type, List<String> codes, String text, Actor by, Instant now) {
    record(now, by, type, codes, text);
  }

  /** When the case last entered {@code s} (reopening enters ASSESSMENT); empty if it never did. */
  public Optional<Instant> enteredAt(CaseStatus s) {
    if (s == CaseStatus.INTAKE) {
      return Optional.of(report.takenAt());
    }
    return events.stream()
        .filter(
            e -> e.type().isMove() && e.codes().size() == 2 && e.codes().get(1).equals(s.name()))
        .map(CaseEvent::at)
        .max(Comparator.naturalOrder());
  }

  /** Who may do what to the case now. */
  public CasePermissions permissions() {
    return new CasePermissions(status, closureRequest);
  }

  private CaseDeadlines clock() {
    return new CaseDeadlines(this, deadlines);
  }

  static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "validation.required");
    }
  }

  private void record(Instant now, Actor by, CaseEvent.Type type, List<String> codes, String text) {
    events.add(new CaseEvent(this, events.size() + 1, now, by.username(), type, codes, text));
    updatedAt = now;
  }

  public String id() {
    return id;
  }

  public CaseNumber caseNumber() {
    return new CaseNumber(caseNumber);
  }

  public CaseKind kind() {
    return kind;
  }

  public CaseStatus status() {
    return status;
  }

  /** What was reported: channel, time, category, urgency, summary, reporter. */
  public Report report() {
    return report;
  }

  public JurisdictionCode jurisdiction() {
    return new JurisdictionCode(jurisdiction);
  }

  public Optional<String> assignee() {
    return Optional.ofNullable(assignee);
  }

  public Optional<String> referredTo() {
    return Optional.ofNullable(referredTo);
  }

  public boolean sharedWithLegalAid() {
    return sharedWithLegalAid;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<ClosureRequest> closureRequest() {
    return Optional.ofNullable(closureRequest);
  }

  public long version() {
    return version;
  }

  public List<CaseEvent> events() {
    return List.copyOf(events);
  }

  /** Deadlines, earliest due first. */
  public List<Deadline> deadlines() {
    return clock().inOrder();
  }

  /** Visits, earliest first. */
  public List<Visit> visits() {
    return visits.stream().sorted(Comparator.comparing(Visit::visitedAt)).toList();
  }

  public List<CaseParty> parties() {
    return List.copyOf(parties);
  }

  public Person subject() {
    return parties.stream()
        .filter(p -> p.role() == PartyRole.SUBJECT)
        .findFirst()
        .orElseThrow()
        .person();
  }
}
