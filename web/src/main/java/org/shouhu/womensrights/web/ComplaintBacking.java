package org.shouhu.womensrights.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.web.CaseBacking;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.web.BeijingTime;
import org.shouhu.shared.web.Growl;
import org.shouhu.shared.web.UiText;
import org.shouhu.womensrights.application.ComplaintCommands;
import org.shouhu.womensrights.application.ComplaintSteps;
import org.shouhu.womensrights.domain.ComplaintStep;

/** The women's-rights complaint part of the case page: its steps, and the form for a new one. */
@Named("complaint")
@ViewScoped
public class ComplaintBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseBacking casePage;
  @Inject ComplaintSteps steps;
  @Inject Growl growl;
  @Inject UiText text;

  private String type = ComplaintStep.Type.ADVICE.name();
  private String result;
  private String at = BeijingTime.nowToTheMinute();
  private String notes;

  public boolean isShown() {
    return casePage.getShown().kind() == CaseKind.WOMENS_RIGHTS && casePage.isNotesShown();
  }

  public boolean isMayRecord() {
    return casePage.getShown().work().visit();
  }

  @SuppressWarnings("unchecked")
  public List<ComplaintSteps.StepSheet> getSteps() {
    return casePage
        .getShown()
        .part("complaint")
        .map(p -> (List<ComplaintSteps.StepSheet>) p)
        .orElse(List.of());
  }

  public List<ComplaintStep.Type> getTypes() {
    return List.of(ComplaintStep.Type.values());
  }

  public List<ComplaintStep.Result> getResults() {
    return List.of(ComplaintStep.Result.values());
  }

  public void record() {
    try {
      steps.record(
          CaseId.of(casePage.getId()),
          new ComplaintCommands.Step(
              type,
              BeijingTime.toRfc3339(at),
              notes,
              result == null || result.isBlank() ? null : result));
      notes = null;
      result = null;
      growl.info(text.of("complaint.recorded"));
      casePage.refresh();
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public String getAt() {
    return at;
  }

  public void setAt(String at) {
    this.at = at;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
