package org.shouhu.protection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CasePermissions;
import org.shouhu.casework.web.CaseBacking;
import org.shouhu.protection.application.ProtectionCommands;
import org.shouhu.protection.application.ProtectionSheets;
import org.shouhu.protection.application.RiskAssessments;
import org.shouhu.shared.application.CurrentUser;

/**
 * The assessments of a case page: the case's assessments, newest first, with their level and rule;
 * the instrument's questions as yes/no choices for a new one; approving or returning one for a
 * supervisor or caseworker who did not make it.
 */
@Named("assessmentsPage")
@ViewScoped
public class AssessmentBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The instrument of each kind that has one. */
  private static final Map<CaseKind, String> INSTRUMENTS =
      Map.of(CaseKind.CHILD_PROTECTION, "CP_SAFETY_RISK", CaseKind.DOMESTIC_VIOLENCE, "DV_RISK");

  @Inject CaseBacking casePage;
  @Inject RiskAssessments assessments;
  @Inject CurrentUser user;

  private final Map<String, String> answers = new HashMap<>();
  private String notes;
  private String reviewReason;
  private String planContacts;
  private String planCodeWord;
  private String planWhereToGo;
  private Boolean planDocumentsReady;
  private transient ProtectionSheets.InstrumentSheet instrument;

  /** The case's assessments, when the reader may see them. */
  @SuppressWarnings("unchecked")
  public List<ProtectionSheets.AssessmentSheet> getListed() {
    return (List<ProtectionSheets.AssessmentSheet>)
        casePage.getShown().part("assessments").orElse(List.of());
  }

  /** Whether the case's kind has an instrument and the reader may work the case. */
  public boolean isMayAssess() {
    return INSTRUMENTS.containsKey(casePage.getShown().kind())
        && casePage.getShown().work().visit();
  }

  public boolean isShown() {
    return isMayAssess() || !getListed().isEmpty();
  }

  /** The questions, by group, in the user's language. */
  public Map<String, List<ProtectionSheets.ItemSheet>> getGroups() {
    Map<String, List<ProtectionSheets.ItemSheet>> groups = new LinkedHashMap<>();
    for (ProtectionSheets.ItemSheet item : instrument().items()) {
      groups.computeIfAbsent(item.group(), g -> new java.util.ArrayList<>()).add(item);
    }
    return groups;
  }

  private ProtectionSheets.InstrumentSheet instrument() {
    if (instrument == null) {
      instrument = assessments.instrument(INSTRUMENTS.get(casePage.getShown().kind()));
    }
    return instrument;
  }

  public void submit() {
    Map<String, Object> given = new LinkedHashMap<>();
    answers.forEach(
        (code, answer) -> {
          if (answer != null && !answer.isBlank()) {
            given.put(code, Boolean.valueOf(answer));
          }
        });
    casePage.perform(
        () ->
            assessments.submit(
                CaseId.of(casePage.getId()),
                new ProtectionCommands.Submission(
                    instrument().code(),
                    given,
                    notes,
                    isSafetyPlanAsked()
                        ? new ProtectionCommands.Plan(
                            planContacts, planCodeWord, planWhereToGo, planDocumentsReady)
                        : null)),
        () -> {
          answers.clear();
          notes = null;
          planContacts = null;
          planCodeWord = null;
          planWhereToGo = null;
          planDocumentsReady = null;
        },
        "assessment.submitted");
  }

  /** Whether the user may review {@code a}: submitted, by someone else, and she supervises. */
  public boolean mayReview(ProtectionSheets.AssessmentSheet a) {
    return a.status().equals("SUBMITTED")
        && !a.assessedBy().equals(user.username())
        && CasePermissions.supervises(user.actor())
        && casePage.getShown().work().visit();
  }

  public void review(String assessmentId, String decision) {
    casePage.perform(
        () ->
            assessments.review(
                CaseId.of(casePage.getId()),
                assessmentId,
                new ProtectionCommands.Review(decision, reviewReason)),
        () -> reviewReason = null,
        "assessment.reviewed." + decision);
  }

  /** A safety plan is made with a woman at risk of domestic violence, with her assessment. */
  public boolean isSafetyPlanAsked() {
    return casePage.getShown().kind() == CaseKind.DOMESTIC_VIOLENCE;
  }

  public String getPlanContacts() {
    return planContacts;
  }

  public void setPlanContacts(String planContacts) {
    this.planContacts = planContacts;
  }

  public String getPlanCodeWord() {
    return planCodeWord;
  }

  public void setPlanCodeWord(String planCodeWord) {
    this.planCodeWord = planCodeWord;
  }

  public String getPlanWhereToGo() {
    return planWhereToGo;
  }

  public void setPlanWhereToGo(String planWhereToGo) {
    this.planWhereToGo = planWhereToGo;
  }

  public Boolean getPlanDocumentsReady() {
    return planDocumentsReady;
  }

  public void setPlanDocumentsReady(Boolean planDocumentsReady) {
    this.planDocumentsReady = planDocumentsReady;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getReviewReason() {
    return reviewReason;
  }

  public void setReviewReason(String reviewReason) {
    this.reviewReason = reviewReason;
  }
}
