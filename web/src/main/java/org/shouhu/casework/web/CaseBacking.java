package org.shouhu.casework.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.shouhu.casework.application.CaseLifecycle;
import org.shouhu.casework.application.CaseQueries;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.casework.domain.PersonDetails;
import org.shouhu.casework.domain.Visit;
import org.shouhu.casework.rest.Masking;
import org.shouhu.directory.application.StaffDirectory;
import org.shouhu.legalaid.application.LegalAidReferrals;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.web.BeijingTime;
import org.shouhu.shared.web.ShellBacking;
import org.shouhu.shared.web.UiText;
import org.shouhu.shared.web.UserSession;

/**
 * The case page ({@code case.xhtml?id=…}, also the link in every mail about a case): summary,
 * people, deadlines, visits, timeline, and the work the user may do on it now — the transitions
 * allowed from its status, closure request and decision, assignment, visits, legal-aid referral,
 * revealing ID and phone numbers, break-glass. Every action goes through the same services as the
 * REST API. The page remembers the version it showed: when someone else saved first, the action is
 * refused with a clear message, the case is shown as it now is, and what the user typed is kept.
 */
@Named("casePage")
@ViewScoped
public class CaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseQueries queries;
  @Inject CaseLifecycle lifecycle;
  @Inject LegalAidReferrals referrals;
  @Inject CurrentUser user;
  @Inject UiText text;
  @Inject ShellBacking shell;
  @Inject UserSession session;
  @Inject DeadlineText deadlineText;
  @Inject StaffDirectory staff;

  private String id;
  private transient Case aCase;
  private long version;
  private boolean revealed;
  private boolean notFound;

  private String transitionReason;
  private String referredTo;
  private String closureReason;
  private String decisionReason;
  private String assignee;
  private String visitedAt;
  private String visitMode = Visit.Mode.HOME.name();
  private String visitNotes;
  private String nextVisitDue;
  private String referralReason;
  private boolean referralConsent;
  private String breakGlassReason;

  /** A person as the page shows her: ID and phone masked unless revealed. */
  public record PersonRow(
      String role, String name, String idNumber, String phone, String address) {}

  /** The reporter as the page shows her (absent for legal-aid officers; phone masked). */
  public record ReporterRow(String type, String name, String phone, boolean anonymous) {}

  /** A member of staff the case may be given to. */
  public record AssigneeRow(String username, String label) {}

  /** A timeline entry. */
  public record EventRow(String at, String user, String type, String detail) {}

  public void load() {
    if (id == null || id.isBlank()) {
      notFound = true;
      return;
    }
    try {
      show(revealed ? queries.reveal(id.strip()) : queries.get(id.strip()));
    } catch (NotFoundException e) {
      aCase = null;
      notFound = true;
    }
  }

  private void show(Case c) {
    aCase = c;
    version = c.version();
    notFound = false;
  }

  private Case current() {
    if (aCase == null && !notFound) {
      load();
    }
    return aCase;
  }

  public boolean isFound() {
    return current() != null;
  }

  public Case getShown() {
    return current();
  }

  public String when(Instant instant) {
    return instant == null ? "" : shell.format(instant);
  }

  public List<DeadlineText.Shown> getDeadlines() {
    Instant now = Instant.now();
    return current().deadlines().stream().map(d -> deadlineText.of(d, now)).toList();
  }

  public List<PersonRow> getPeople() {
    return current().parties().stream()
        .map(p -> person(p.role().name(), p.person().details()))
        .sorted((a, b) -> a.role().equals("SUBJECT") ? -1 : b.role().equals("SUBJECT") ? 1 : 0)
        .toList();
  }

  private PersonRow person(String role, PersonDetails p) {
    return new PersonRow(
        text.of("partyRole." + role),
        p.name(),
        revealed ? p.idNumber() : Masking.idNumber(p.idNumber()),
        revealed ? p.phone() : Masking.phone(p.phone()),
        p.address());
  }

  public ReporterRow getReporter() {
    if (queries.seesLegalAidViewOnly()) {
      return null;
    }
    return current()
        .reporter()
        .map(
            r ->
                new ReporterRow(
                    r.type() == null ? "—" : text.of("reporterType." + r.type().name()),
                    r.anonymous() ? text.of("intake.anonymous") : r.name(),
                    revealed ? r.phone() : Masking.phone(r.phone()),
                    r.anonymous()))
        .orElse(null);
  }

  /**
   * Who the case may be given to: the active child director of its community, the supervisors of
   * its street and the caseworkers of its district, from the staff directory.
   */
  public List<AssigneeRow> getAssignees() {
    return staff.assignableFor(current().jurisdiction()).stream()
        .map(m -> new AssigneeRow(m.username(), m.displayName() + " (" + m.username() + ")"))
        .toList();
  }

  public List<EventRow> getTimeline() {
    return current().events().stream().map(this::event).toList();
  }

  private EventRow event(CaseEvent e) {
    return new EventRow(
        shell.format(e.at()), e.user(), text.of("event." + e.type().name()), e.detail());
  }

  /** Visits; not for a legal-aid officer, whom the referral shares no notes with. */
  public List<Visit> getVisits() {
    return queries.seesLegalAidViewOnly() ? List.of() : current().visits();
  }

  /** The statuses the case may move to now, as the case itself says for this user. */
  public List<CaseStatus> getMoves() {
    return current().movesAllowed(user.actor());
  }

  /** Whether the reason is required for some move offered now (not accepting, reopening). */
  public boolean isReasonRequired() {
    return getMoves().stream().anyMatch(current()::moveNeedsReason);
  }

  public boolean isWorker() {
    return shell.isIntakeTaker();
  }

  public boolean isMayRequestClosure() {
    return current().mayRequestClosure(user.actor());
  }

  public boolean isMayDecide() {
    return current().mayDecideClosure(user.actor());
  }

  public boolean isMayAssign() {
    return current().mayAssign(user.actor()) && current().status().isOpen();
  }

  public boolean isMayVisit() {
    return current().mayRecordVisit(user.actor());
  }

  public boolean isMayBreakGlass() {
    return notFound && (user.has(Role.CHILD_DIRECTOR) || user.has(Role.CHILD_SUPERVISOR));
  }

  // actions

  public void move(String to) {
    act(
        () -> lifecycle.transition(id, to, transitionReason, referredTo, version),
        () -> {
          transitionReason = null;
          referredTo = null;
        },
        "case.moved",
        text.of("status." + to));
  }

  public void requestClosure() {
    act(
        () -> lifecycle.requestClosure(id, closureReason, version),
        () -> closureReason = null,
        "case.closureRequested");
  }

  public void decide(boolean approve) {
    act(
        () -> lifecycle.decideClosure(id, approve, decisionReason, version),
        () -> decisionReason = null,
        approve ? "case.closureApproved" : "case.closureRejected");
  }

  public void assign() {
    act(() -> lifecycle.assign(id, assignee, version), () -> assignee = null, "case.assigned");
  }

  public void recordVisit() {
    String at = BeijingTime.toRfc3339(visitedAt);
    act(
        () -> {
          lifecycle.recordVisit(id, at, visitMode, visitNotes, nextVisitDue);
          return queries.get(id);
        },
        () -> {
          visitedAt = null;
          visitNotes = null;
          nextVisitDue = null;
        },
        "case.visitRecorded");
  }

  public void referToLegalAid() {
    act(
        () -> {
          referrals.refer(id, referralReason, referralConsent);
          return queries.get(id);
        },
        () -> referralReason = null,
        "case.referred");
  }

  /** Shows ID and phone numbers in full: a logged action of its own. */
  public void reveal() {
    act(
        () -> {
          Case shown = queries.reveal(id);
          revealed = true;
          return shown;
        },
        () -> {},
        "case.revealed");
  }

  public void breakGlass() {
    try {
      show(queries.breakGlass(id, breakGlassReason));
      breakGlassReason = null;
    } catch (DomainException e) {
      error(e);
    }
  }

  /**
   * Runs an action; on success shows the case as it now is and clears the action's fields; on a
   * refusal shows why — and after a conflict the case as someone else left it — keeping the fields.
   */
  private void act(Supplier<Case> action, Runnable clear, String done, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      show(action.get());
      clear.run();
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, text.formatAll(done, arguments), null));
    } catch (ConflictException e) {
      error(e);
      load();
    } catch (DomainException e) {
      error(e);
    }
  }

  private void error(DomainException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (e instanceof InvalidInputException invalid) {
      for (InvalidInputException.FieldError f : invalid.errors()) {
        String message = Messages.get(session.getLocale(), f.messageKey(), f.arguments().toArray());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
      }
    } else {
      String message = Messages.get(session.getLocale(), e.messageKey(), e.arguments());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }
    faces.validationFailed();
  }

  /** The default visit time: now, to the minute, in Beijing. */
  public String getVisitedAt() {
    if (visitedAt == null) {
      visitedAt = BeijingTime.nowToTheMinute();
    }
    return visitedAt;
  }

  public List<Visit.Mode> getVisitModes() {
    return List.of(Visit.Mode.values());
  }

  // properties

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public boolean isRevealed() {
    return revealed;
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

  public void setVisitedAt(String visitedAt) {
    this.visitedAt = visitedAt;
  }

  public String getVisitMode() {
    return visitMode;
  }

  public void setVisitMode(String visitMode) {
    this.visitMode = visitMode;
  }

  public String getVisitNotes() {
    return visitNotes;
  }

  public void setVisitNotes(String visitNotes) {
    this.visitNotes = visitNotes;
  }

  public String getNextVisitDue() {
    return nextVisitDue;
  }

  public void setNextVisitDue(String nextVisitDue) {
    this.nextVisitDue = nextVisitDue;
  }

  public String getReferralReason() {
    return referralReason;
  }

  public void setReferralReason(String referralReason) {
    this.referralReason = referralReason;
  }

  public boolean isReferralConsent() {
    return referralConsent;
  }

  public void setReferralConsent(boolean referralConsent) {
    this.referralConsent = referralConsent;
  }

  public String getBreakGlassReason() {
    return breakGlassReason;
  }

  public void setBreakGlassReason(String breakGlassReason) {
    this.breakGlassReason = breakGlassReason;
  }
}
