package org.shouhu.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shouhu.casework.application.CaseCommands;
import org.shouhu.casework.application.CaseLifecycle;
import org.shouhu.casework.application.CaseSheet;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.Visit;
import org.shouhu.shared.web.BeijingTime;

/**
 * The visit form of the case page (走访/回访), made for a phone in the worker's hand: when (now, to the
 * minute), how, who was present, whether she saw the child alone, what she observed, when the next
 * visit is due — the next visit then shows on her "visits due" list.
 */
@Named("visitForm")
@ViewScoped
public class VisitBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseBacking casePage;
  @Inject CaseLifecycle lifecycle;

  private String visitedAt;
  private String mode = Visit.Mode.HOME.name();
  private String present;
  private String seenAlone;
  private String notes;
  private String nextVisitDue;

  public boolean isShown() {
    return casePage.getShown().work().visit();
  }

  public void save() {
    String at = BeijingTime.toRfc3339(getVisitedAt());
    casePage.perform(
        () ->
            lifecycle.recordVisit(
                CaseId.of(casePage.getId()),
                new CaseCommands.VisitRecord(
                    at,
                    mode,
                    present,
                    seenAlone == null || seenAlone.isBlank() ? null : Boolean.valueOf(seenAlone),
                    notes,
                    nextVisitDue)),
        () -> {
          visitedAt = null;
          present = null;
          seenAlone = null;
          notes = null;
          nextVisitDue = null;
        },
        "case.visitRecorded");
  }

  /** The case's visits, when the reader sees its notes. */
  public List<CaseSheet.VisitSheet> getVisits() {
    List<CaseSheet.VisitSheet> visits = casePage.getShown().visits();
    return visits == null ? List.of() : visits;
  }

  public List<Visit.Mode> getModes() {
    return List.of(Visit.Mode.values());
  }

  /** The default: now, to the minute, in Beijing ({@code 2026-11-29T10:15}, as phones show it). */
  public String getVisitedAt() {
    if (visitedAt == null) {
      visitedAt = BeijingTime.nowToTheMinute();
    }
    return visitedAt;
  }

  public void setVisitedAt(String visitedAt) {
    this.visitedAt = visitedAt;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getPresent() {
    return present;
  }

  public void setPresent(String present) {
    this.present = present;
  }

  public String getSeenAlone() {
    return seenAlone;
  }

  public void setSeenAlone(String seenAlone) {
    this.seenAlone = seenAlone;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getNextVisitDue() {
    return nextVisitDue;
  }

  public void setNextVisitDue(String nextVisitDue) {
    this.nextVisitDue = nextVisitDue;
  }
}
