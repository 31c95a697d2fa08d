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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.shouhu.directory.domain.JurisdictionCode;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;

/**
 * A case (个案), from the report to closure. Invariants: the status moves only along {@link
 * CaseStatus#directTargets()} or through an approved closure request; a closure is decided by a
 * street supervisor or a district caseworker who did not request it; not accepting a case and
 * reopening one need a reason; every change appends an event to the timeline, and nothing is ever
 * deleted. {@code version} detects a second, concurrent edit.
 */
@Entity
@Table(name = "case_file")
public class Case {

  /** How far a client's clock may run ahead of the server's for "not in the future". */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

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

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 32)
  private Channel channel;

  @Column(name = "jurisdiction", nullable = false, length = 12)
  private String jurisdiction;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 32)
  private CaseCategory category;

  @Column(name = "urgent", nullable = false)
  private boolean urgent;

  @Column(name = "summary", length = 4000)
  private String summary;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "assignee", length = 255)
  private String assignee;

  @Column(name = "referred_to", length = 1024)
  private String referredTo;

  @Column(name = "legal_aid_shared", nullable = false)
  private boolean sharedWithLegalAid;

  @Column(name = "created_by", nullable = false, length = 255)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Embedded private Reporter reporter;

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

  /**
   * Opens a case from an intake; the first event of its timeline records who took it, and its first
   * deadlines run from the moment the report came in ({@code receivedAt}), not from now.
   */
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
    c.channel = intake.channel();
    c.jurisdiction = intake.jurisdiction().value();
    c.category = intake.category();
    c.urgent = intake.urgent();
    c.summary = intake.summary();
    c.receivedAt = intake.receivedAt();
    c.reporter = intake.reporter();
    c.createdBy = by.username();
    c.createdAt = now;
    c.updatedAt = now;
    c.parties.add(new CaseParty(c, subject, PartyRole.SUBJECT));
    others.forEach(p -> c.parties.add(new CaseParty(c, p.person(), p.role())));
    c.record(now, by, CaseEvent.Type.RECEIVED, intake.channel().name());
    c.reach(Milestone.RECEIVED, c.receivedAt, policy);
    return c;
  }

  /** A person and the role she plays, for {@link #receive}. */
  public record Party(PartyRole role, Person person) {}

  /**
   * Moves the case along the lifecycle. Closing is never a direct move (it goes through {@link
   * #requestClosure}); reopening a closed case is for supervisors and caseworkers, with a reason;
   * not accepting needs a reason and may say where the case was referred; a hotline operator only
   * triages intakes; a pending closure request is withdrawn by any move. Moving starts and meets
   * deadlines: leaving assessment for intervention completes the assessment, entering follow-up
   * starts the follow-up visits (and going back to intervention lapses them), reopening starts a
   * new assessment, not accepting lapses everything still open.
   */
  public void moveTo(
      CaseStatus to,
      String reason,
      String referredTo,
      Actor by,
      Instant now,
      DeadlinePolicy policy) {
    requireCaseWorker(by);
    if (onlyTriages(by) && status != CaseStatus.INTAKE) {
      throw new AccessDeniedException("case.hotline.onlyIntake");
    }
    if (to == CaseStatus.CLOSED) {
      throw new InvalidInputException(
          List.of(new InvalidInputException.FieldError("to", "case.transition.closeByRequest")),
          false);
    }
    if (!status.directTargets().contains(to)) {
      throw new TransitionNotAllowedException(status, to, status.directTargets());
    }
    boolean reopening = status == CaseStatus.CLOSED;
    if (reopening && !by.hasAny(Role.CHILD_SUPERVISOR, Role.CASEWORKER)) {
      throw new AccessDeniedException("case.reopen.role");
    }
    if ((reopening || to == CaseStatus.NOT_ACCEPTED) && isBlank(reason)) {
      throw InvalidInputException.of("reason", "validation.required");
    }
    withdrawClosureRequest(by, now);
    CaseStatus from = status;
    status = to;
    if (to == CaseStatus.NOT_ACCEPTED) {
      this.referredTo = referredTo;
    }
    CaseEvent.Type type =
        reopening
            ? CaseEvent.Type.REOPENED
            : to == CaseStatus.NOT_ACCEPTED
                ? CaseEvent.Type.NOT_ACCEPTED
                : CaseEvent.Type.TRANSITION;
    record(now, by, type, detail(from + " → " + to, reason, referredTo));
    if (to == CaseStatus.NOT_ACCEPTED) {
      lapse(d -> true, now);
    } else if (reopening) {
      reach(Milestone.REOPENED, now, policy);
    } else if (from == CaseStatus.ASSESSMENT) {
      reach(Milestone.ASSESSED, now, policy);
    } else if (to == CaseStatus.FOLLOW_UP) {
      reach(Milestone.FOLLOW_UP_STARTED, now, policy);
    } else if (from == CaseStatus.FOLLOW_UP) {
      lapse(d -> d.startedBy() == Milestone.FOLLOW_UP_STARTED, now);
    }
  }

  /**
   * Asks to close the case (from FOLLOW_UP, or from ASSESSMENT when nothing needs doing — which
   * completes the assessment).
   */
  public void requestClosure(String reason, Actor by, Instant now, DeadlinePolicy policy) {
    requireCaseWorker(by);
    if (onlyTriages(by)) {
      throw new AccessDeniedException("case.hotline.onlyIntake");
    }
    if (!status.allowsClosureRequest()) {
      throw new InvalidInputException(
          List.of(
              new InvalidInputException.FieldError(
                  "status", "case.closure.notFromStatus", status.name())),
          false);
    }
    if (closureRequest != null) {
      throw InvalidInputException.of("reason", "case.closure.alreadyRequested");
    }
    if (isBlank(reason)) {
      throw InvalidInputException.of("reason", "validation.required");
    }
    closureRequest = new ClosureRequest(by.username(), now, reason);
    record(now, by, CaseEvent.Type.CLOSURE_REQUESTED, reason);
    if (status == CaseStatus.ASSESSMENT) {
      reach(Milestone.ASSESSED, now, policy);
    }
  }

  /**
   * Decides a pending closure request: a street supervisor or a district caseworker, never the
   * person who asked. Approval closes the case; a rejection (with a reason) leaves it as it was.
   */
  public void decideClosure(boolean approve, String reason, Actor by, Instant now) {
    if (!by.hasAny(Role.CHILD_SUPERVISOR, Role.CASEWORKER)) {
      throw new AccessDeniedException("case.closure.deciderRole");
    }
    if (closureRequest == null) {
      throw InvalidInputException.of("approve", "case.closure.nothingPending");
    }
    if (closureRequest.requestedBy().equals(by.username())) {
      throw new AccessDeniedException("case.closure.selfApproval");
    }
    if (!approve && isBlank(reason)) {
      throw InvalidInputException.of("reason", "validation.required");
    }
    closureRequest = null;
    if (approve) {
      status = CaseStatus.CLOSED;
      record(now, by, CaseEvent.Type.CLOSURE_APPROVED, reason);
      lapse(d -> true, now);
    } else {
      record(now, by, CaseEvent.Type.CLOSURE_REJECTED, reason);
    }
  }

  /** Gives the case to a worker (supervisors and caseworkers). */
  public void assign(String newAssignee, Actor by, Instant now) {
    if (!mayAssign(by)) {
      throw new AccessDeniedException("case.assign.role");
    }
    if (isBlank(newAssignee)) {
      throw InvalidInputException.of("assignee", "validation.required");
    }
    String before = assignee;
    assignee = newAssignee.strip();
    record(now, by, CaseEvent.Type.ASSIGNED, (before == null ? "—" : before) + " → " + assignee);
  }

  /**
   * The case was referred to legal aid with the person's consent or a stated legal basis: from now
   * on the legal-aid officers of its district read what the referral shares (DOMAIN.md §4).
   */
  public void shareWithLegalAid(String reason, Actor by, Instant now) {
    requireCaseWorker(by);
    if (!status.isOpen()) {
      throw new InvalidInputException(
          List.of(
              new InvalidInputException.FieldError(
                  "status", "case.referral.notOpen", status.name())),
          false);
    }
    sharedWithLegalAid = true;
    record(now, by, CaseEvent.Type.LEGAL_AID_REFERRED, reason);
  }

  /**
   * Records a visit or contact (not while the case is closed or not accepted; not in the future,
   * not before the report came in). It meets the visit deadlines it answers ({@link
   * #meetVisitDeadlines}), and {@code nextVisitDue} starts a deadline for the next visit, due at
   * 24:00 of that day.
   */
  public Visit recordVisit(
      Instant visitedAt,
      Visit.Mode mode,
      String notes,
      LocalDate nextVisitDue,
      Actor by,
      Instant now) {
    requireCaseWorker(by);
    if (onlyTriages(by)) {
      throw new AccessDeniedException("case.hotline.onlyIntake");
    }
    if (!status.isOpen()) {
      throw new InvalidInputException(
          List.of(
              new InvalidInputException.FieldError("status", "case.visit.notOpen", status.name())),
          false);
    }
    if (visitedAt.isAfter(now.plus(CLOCK_SKEW))) {
      throw InvalidInputException.of("visitedAt", "case.visit.future");
    }
    if (visitedAt.isBefore(receivedAt)) {
      throw InvalidInputException.of("visitedAt", "case.visit.beforeReceived");
    }
    if (nextVisitDue != null && !Period.endOf(nextVisitDue).isAfter(visitedAt)) {
      throw InvalidInputException.of("nextVisitDue", "case.visit.nextBeforeVisit");
    }
    Visit visit = new Visit(this, visitedAt, mode, notes, nextVisitDue, by.username(), now);
    visits.add(visit);
    record(now, by, CaseEvent.Type.VISITED, mode.name());
    meetVisitDeadlines(visitedAt);
    if (nextVisitDue != null) {
      deadlines.add(
          new Deadline(
              this,
              "NEXT_VISIT",
              Milestone.VISITED,
              visitedAt,
              Period.endOf(nextVisitDue),
              Milestone.VISITED));
    }
    return visit;
  }

  /**
   * A visit meets, in each series of visit deadlines that one milestone started before it (the
   * first contact; the monthly follow-up visits; a planned next visit), the earliest one still open
   * — unless the one before it in the series was not yet due at the visit: three visits in the
   * first week of follow-up meet the first monthly visit, not all three.
   */
  private void meetVisitDeadlines(Instant visitedAt) {
    Map<String, List<Deadline>> series =
        deadlines().stream()
            .filter(d -> d.metBy() == Milestone.VISITED && !d.startedAt().isAfter(visitedAt))
            .collect(
                Collectors.groupingBy(
                    d -> d.startedBy() + "@" + d.startedAt(), TreeMap::new, Collectors.toList()));
    for (List<Deadline> inOrder : series.values()) {
      for (int i = 0; i < inOrder.size(); i++) {
        Deadline d = inOrder.get(i);
        if (d.isOpen()) {
          if (i == 0 || !visitedAt.isBefore(inOrder.get(i - 1).dueAt())) {
            d.meet(visitedAt);
          }
          break;
        }
      }
    }
  }

  /**
   * A milestone was reached at {@code at}: it meets the open deadlines it meets, and starts the
   * deadlines its rules start (a deadline of the same name still open lapses: it is replaced).
   */
  private void reach(Milestone milestone, Instant at, DeadlinePolicy policy) {
    deadlines.stream().filter(d -> d.isOpen() && d.metBy() == milestone).forEach(d -> d.meet(at));
    for (DeadlineRule rule : policy.rules().startedBy(kind, milestone)) {
      lapse(d -> d.name().equals(rule.name()), at);
      Instant due = rule.dueFrom(at, urgent, policy.calendar());
      deadlines.add(new Deadline(this, rule.name(), milestone, at, due, rule.metBy()));
    }
  }

  private void lapse(Predicate<Deadline> which, Instant at) {
    deadlines.stream().filter(d -> d.isOpen() && which.test(d)).forEach(d -> d.lapse(at));
  }

  private void withdrawClosureRequest(Actor by, Instant now) {
    if (closureRequest != null) {
      closureRequest = null;
      record(now, by, CaseEvent.Type.CLOSURE_WITHDRAWN, null);
    }
  }

  /**
   * The statuses {@code by} may move the case to now (what {@link #moveTo} would accept, reason
   * aside), for pages that offer only what is allowed.
   */
  public List<CaseStatus> movesAllowed(Actor by) {
    if (!isCaseWorker(by)
        || (onlyTriages(by) && status != CaseStatus.INTAKE)
        || (status == CaseStatus.CLOSED && !by.hasAny(Role.CHILD_SUPERVISOR, Role.CASEWORKER))) {
      return List.of();
    }
    return status.directTargets().stream().sorted().toList();
  }

  /** Whether a move to {@code to} needs a reason (not accepting, reopening). */
  public boolean moveNeedsReason(CaseStatus to) {
    return to == CaseStatus.NOT_ACCEPTED || status == CaseStatus.CLOSED;
  }

  /** Whether {@code by} may ask to close the case now. */
  public boolean mayRequestClosure(Actor by) {
    return isCaseWorker(by)
        && !onlyTriages(by)
        && status.allowsClosureRequest()
        && closureRequest == null;
  }

  /** Whether {@code by} may decide the pending closure request (never her own). */
  public boolean mayDecideClosure(Actor by) {
    return by.hasAny(Role.CHILD_SUPERVISOR, Role.CASEWORKER)
        && closureRequest != null
        && !closureRequest.requestedBy().equals(by.username());
  }

  /** Whether {@code by} may record a visit now. */
  public boolean mayRecordVisit(Actor by) {
    return isCaseWorker(by) && !onlyTriages(by) && status.isOpen();
  }

  /** Whether {@code by} may refer the case to legal aid now. */
  public boolean mayShareWithLegalAid(Actor by) {
    return isCaseWorker(by) && status.isOpen();
  }

  /** Whether {@code by} may assign the case. */
  public boolean mayAssign(Actor by) {
    return by.hasAny(Role.CHILD_SUPERVISOR, Role.CASEWORKER);
  }

  /** A hotline operator (and nothing more) triages intakes only. */
  private static boolean onlyTriages(Actor by) {
    return by.roles().equals(Set.of(Role.HOTLINE_OPERATOR));
  }

  private static void requireCaseWorker(Actor by) {
    if (!isCaseWorker(by)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  private static boolean isCaseWorker(Actor by) {
    return by.hasAny(
        Role.HOTLINE_OPERATOR, Role.CHILD_DIRECTOR, Role.CHILD_SUPERVISOR, Role.CASEWORKER);
  }

  private void record(Instant now, Actor by, CaseEvent.Type type, String detail) {
    events.add(new CaseEvent(this, events.size() + 1, now, by.username(), type, detail));
    updatedAt = now;
  }

  private static String detail(String what, String reason, String referredTo) {
    StringBuilder detail = new StringBuilder(what);
    if (!isBlank(reason)) {
      detail.append(": ").append(reason.strip());
    }
    if (!isBlank(referredTo)) {
      detail.append(" (→ ").append(referredTo.strip()).append(')');
    }
    return detail.toString();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
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

  public Channel channel() {
    return channel;
  }

  public JurisdictionCode jurisdiction() {
    return new JurisdictionCode(jurisdiction);
  }

  public Optional<CaseCategory> category() {
    return Optional.ofNullable(category);
  }

  public boolean urgent() {
    return urgent;
  }

  public String summary() {
    return summary;
  }

  public Instant receivedAt() {
    return receivedAt;
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

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Reporter> reporter() {
    return Optional.ofNullable(reporter);
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
    return deadlines.stream().sorted(Comparator.comparing(Deadline::dueAt)).toList();
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
