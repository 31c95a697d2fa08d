package org.shouhu.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.shouhu.casework.application.BreakGlass;
import org.shouhu.casework.application.CaseCommands;
import org.shouhu.casework.application.CaseLifecycle;
import org.shouhu.casework.application.CaseQueries;
import org.shouhu.casework.application.CaseSheet;
import org.shouhu.casework.application.CaseSheets;
import org.shouhu.casework.application.CaseworkCodeLists;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.directory.application.StaffDirectory;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.web.Growl;
import org.shouhu.shared.web.ListsBacking;
import org.shouhu.shared.web.ShellBacking;
import org.shouhu.shared.web.UiText;

/**
 * The case page ({@code case.xhtml?id=…}, also the link in every mail about a case): summary,
 * people, deadlines, visits, timeline, and the work the user may do on it now — the transitions
 * allowed from its status, closure request and decision, assignment, visits, revealing ID and phone
 * numbers, break-glass. It shows the caller's {@link CaseSheet} and nothing else: what she may see
 * and do was decided by the application layer. Every action goes through the same services as the
 * REST API. The page remembers the version it showed: when someone else saved first, the action is
 * refused with a clear message, the case is shown as it now is, and what the user typed is kept.
 */
@Named("casePage")
@ViewScoped
public class CaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseQueries queries;
  @Inject CaseLifecycle lifecycle;
  @Inject BreakGlass breakGlass;
  @Inject CurrentUser user;
  @Inject UiText text;
  @Inject ShellBacking shell;
  @Inject Growl growl;
  @Inject ListsBacking lists;
  @Inject DeadlineText deadlineText;
  @Inject EventText events;
  @Inject StaffDirectory staff;

  private String id;
  private transient CaseSheet sheet; // read again when the view comes back from storage
  private long version;
  private boolean revealed;
  private boolean notFound;
  private boolean brokeGlass;

  private String transitionReason;
  private String referredTo;
  private String closureReason;
  private String decisionReason;
  private String assignee;
  private String breakGlassReason;

  /** A person as the page shows her, in her role. */
  public record PersonRow(
      String role, String name, String idNumber, String phone, String address) {}

  /** The reporter as the page shows her. */
  public record ReporterRow(String type, String name, String phone) {}

  /** A member of staff the case may be given to. */
  public record AssigneeRow(String username, String label) {}

  /** A timeline entry. */
  public record EventRow(String at, String user, String type, String detail) {}

  public void load() {
    if (id == null || id.isBlank()) {
      notFound = true;
      return;
    }
    if (brokeGlass) { // a break-glass read is one read: shown as it was granted, never re-read
      notFound = sheet == null;
      return;
    }
    try {
      show(read());
    } catch (NotFoundException e) {
      sheet = null;
      notFound = true;
    }
  }

  private CaseSheet read() {
    return revealed
        ? queries.reveal(caseId(), CaseSheets.Depth.CASE_WITH_TIMELINE)
        : queries.get(caseId(), CaseSheets.Depth.CASE_WITH_TIMELINE);
  }

  private CaseId caseId() {
    return CaseId.of(id);
  }

  private void show(CaseSheet shown) {
    sheet = shown;
    version = shown.version();
    revealed = shown.revealed();
    notFound = false;
  }

  private CaseSheet current() {
    if (sheet == null && !notFound) {
      load();
    }
    return sheet;
  }

  /** Shows the case again as it now is (after another part of the page changed it). */
  public void refresh() {
    if (!brokeGlass) {
      show(read());
    }
  }

  public boolean isFound() {
    return current() != null;
  }

  public CaseSheet getShown() {
    return current();
  }

  public String when(Instant instant) {
    return instant == null ? "" : shell.format(instant);
  }

  public List<DeadlineText.Shown> getDeadlines() {
    return current().deadlines().stream().map(deadlineText::of).toList();
  }

  /** The subject first, then the other people the reader may see. */
  public List<PersonRow> getPeople() {
    CaseSheet c = current();
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(person("SUBJECT", c.subject())),
            c.people().stream().map(p -> person(p.role(), p.person())))
        .toList();
  }

  private PersonRow person(String role, CaseSheet.PersonSheet p) {
    return new PersonRow(
        text.of("partyRole." + role), p.name(), p.idNumber(), p.phone(), p.address());
  }

  /** The reporter, when the reader may see her. */
  public ReporterRow getReporter() {
    CaseSheet.ReporterSheet r = current().reporter();
    if (r == null) {
      return null;
    }
    return new ReporterRow(
        lists.label(CaseworkCodeLists.REPORTER_TYPE, r.type()),
        r.anonymous() ? text.of("intake.anonymous") : r.name(),
        r.phone());
  }

  /**
   * Who the case may be given to: the active child director of its community, the supervisors of
   * its street and the caseworkers of its district, from the staff directory.
   */
  public List<AssigneeRow> getAssignees() {
    return staff.assignableFor(new JurisdictionCode(current().jurisdiction())).stream()
        .map(m -> new AssigneeRow(m.username(), m.displayName() + " (" + m.username() + ")"))
        .toList();
  }

  /** The timeline, when the reader sees the case's notes. */
  public List<EventRow> getTimeline() {
    List<CaseSheet.EventSheet> events = current().timeline();
    return events == null ? List.of() : events.stream().map(this::event).toList();
  }

  private EventRow event(CaseSheet.EventSheet e) {
    return new EventRow(shell.format(e.at()), e.user(), events.type(e), events.detail(e));
  }

  /** Whether the reader sees the case's notes (visits, timeline). */
  public boolean isNotesShown() {
    return current().visits() != null;
  }

  /** The statuses the case may move to now, as the case itself says for this user. */
  public List<CaseStatus> getMoves() {
    return current().work().moves();
  }

  /** Whether the reason is required for some move offered now (not accepting, reopening). */
  public boolean isReasonRequired() {
    return !current().work().movesNeedingReason().isEmpty();
  }

  public boolean isMayRequestClosure() {
    return current().work().requestClosure();
  }

  public boolean isMayDecide() {
    return current().work().decideClosure();
  }

  public boolean isMayAssign() {
    return current().work().assign();
  }

  public boolean isMayVisit() {
    return current().work().visit();
  }

  public boolean isMayReveal() {
    return current().work().reveal();
  }

  public boolean isBrokeGlass() {
    return brokeGlass;
  }

  public boolean isMayBreakGlass() {
    return notFound && (user.has(Role.CHILD_DIRECTOR) || user.has(Role.CHILD_SUPERVISOR));
  }

  // actions

  public void move(String to) {
    act(
        () ->
            lifecycle.transition(
                caseId(), new CaseCommands.Transition(to, transitionReason, referredTo, version)),
        () -> {
          transitionReason = null;
          referredTo = null;
        },
        "case.moved",
        text.of("status." + to));
  }

  public void requestClosure() {
    act(
        () -> lifecycle.requestClosure(caseId(), new CaseCommands.Closure(closureReason, version)),
        () -> closureReason = null,
        "case.closureRequested");
  }

  public void decide(boolean approve) {
    act(
        () ->
            lifecycle.decideClosure(
                caseId(), new CaseCommands.ClosureDecision(approve, decisionReason), version),
        () -> decisionReason = null,
        approve ? "case.closureApproved" : "case.closureRejected");
  }

  public void assign() {
    act(
        () -> lifecycle.assign(caseId(), new CaseCommands.Assignment(assignee), version),
        () -> assignee = null,
        "case.assigned");
  }

  /** Shows ID and phone numbers and addresses in full: a logged action of its own. */
  public void reveal() {
    act(
        () -> queries.reveal(caseId(), CaseSheets.Depth.CASE_WITH_TIMELINE),
        () -> {},
        "case.revealed");
  }

  public void breakGlass() {
    try {
      show(breakGlass.read(caseId(), new CaseCommands.BreakGlassRead(breakGlassReason, false)));
      brokeGlass = true;
      breakGlassReason = null;
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  /**
   * Runs an action of another part of the page (a visit, an assessment, a placement …) as {@link
   * #act} runs the page's own: then shows the case as it now is, or why the action was refused.
   */
  public void perform(Runnable action, Runnable clear, String done, Object... arguments) {
    act(
        () -> {
          action.run();
          return read();
        },
        clear,
        done,
        arguments);
  }

  /**
   * Runs an action; on success shows the case as it now is and clears the action's fields; on a
   * refusal shows why — and after a conflict the case as someone else left it — keeping the fields.
   * An action after which the user may no longer read the case (a hotline operator's triage) shows
   * what it did, and the page says the case has left her hands.
   */
  private void act(Supplier<CaseSheet> action, Runnable clear, String done, Object... arguments) {
    try {
      CaseSheet after = action.get();
      clear.run();
      growl.info(text.formatAll(done, arguments));
      if (after.isReceipt()) {
        sheet = null;
        notFound = true;
      } else {
        show(after);
      }
    } catch (ConflictException e) {
      growl.error(e);
      load();
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  // properties

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTransitionReason() {
    return transitionReason;
  }

  public void setTransitionReason(String transitionReason) {
    this.transitionReason = transitionReason;
  }

  public String getReferredTo() {
    return referredTo;
  }

  public void setReferredTo(String referredTo) {
    this.referredTo = referredTo;
  }

  public String getClosureReason() {
    return closureReason;
  }

  public void setClosureReason(String closureReason) {
    this.closureReason = closureReason;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public void setDecisionReason(String decisionReason) {
    this.decisionReason = decisionReason;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getBreakGlassReason() {
    return breakGlassReason;
  }

  public void setBreakGlassReason(String breakGlassReason) {
    this.breakGlassReason = breakGlassReason;
  }
}
