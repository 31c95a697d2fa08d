package org.shouhu.protection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.web.CaseBacking;
import org.shouhu.directory.application.StaffDirectory;
import org.shouhu.protection.application.CasePlan;
import org.shouhu.protection.application.ProtectionCommands;
import org.shouhu.protection.application.ProtectionSheets;
import org.shouhu.protection.domain.PlanAction;
import org.shouhu.shared.domain.JurisdictionCode;

/**
 * The case plan of a case page: its actions (the guardianship intervention ladder among them), each
 * marked done or dropped, and the form for a new one — owners chosen from the staff who may be
 * given the case.
 */
@Named("plan")
@ViewScoped
public class PlanBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseBacking casePage;
  @Inject CasePlan plan;
  @Inject StaffDirectory staff;

  private String type = PlanAction.Type.COUNSELLING.name();
  private String owner;
  private String dueOn;
  private String notes;
  private String statusNote;

  /** A member of staff who may own an action. */
  public record Owner(String username, String label) {}

  @SuppressWarnings("unchecked")
  public List<ProtectionSheets.PlanActionSheet> getActions() {
    return (List<ProtectionSheets.PlanActionSheet>)
        casePage.getShown().part("planActions").orElse(List.of());
  }

  public boolean isMayPlan() {
    return casePage.getShown().work().visit();
  }

  public boolean isShown() {
    return isMayPlan() || !getActions().isEmpty();
  }

  public List<PlanAction.Type> getTypes() {
    return List.of(PlanAction.Type.values());
  }

  public List<Owner> getOwners() {
    return staff.assignableFor(new JurisdictionCode(casePage.getShown().jurisdiction())).stream()
        .map(m -> new Owner(m.username(), m.displayName() + " (" + m.username() + ")"))
        .toList();
  }

  /** Whether {@code type} is a step of the guardianship intervention ladder (shown as such). */
  public boolean isLadder(String type) {
    return PlanAction.Type.valueOf(type).isGuardianshipIntervention();
  }

  public void add() {
    casePage.perform(
        () ->
            plan.add(
                CaseId.of(casePage.getId()),
                new ProtectionCommands.PlanActionRecord(type, owner, dueOn, notes)),
        () -> {
          owner = null;
          dueOn = null;
          notes = null;
        },
        "planAction.added");
  }

  public void change(String actionId, String status) {
    casePage.perform(
        () ->
            plan.change(
                CaseId.of(casePage.getId()),
                actionId,
                new ProtectionCommands.PlanActionChange(status, statusNote)),
        () -> statusNote = null,
        "planAction.changed." + status);
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getDueOn() {
    return dueOn;
  }

  public void setDueOn(String dueOn) {
    this.dueOn = dueOn;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getStatusNote() {
    return statusNote;
  }

  public void setStatusNote(String statusNote) {
    this.statusNote = statusNote;
  }
}
