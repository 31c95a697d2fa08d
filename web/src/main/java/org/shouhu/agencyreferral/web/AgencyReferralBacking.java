package org.shouhu.agencyreferral.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shouhu.agencyreferral.application.AgencyReferralSheet;
import org.shouhu.agencyreferral.application.AgencyReferrals;
import org.shouhu.agencyreferral.application.ReferralCommands;
import org.shouhu.agencyreferral.domain.Agency;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.web.CaseBacking;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.web.BeijingTime;
import org.shouhu.shared.web.Growl;
import org.shouhu.shared.web.UiText;

/**
 * The case page's referrals to other agencies (any kind): the list with each answer's due date, and
 * for the case's workers the referral and answer forms.
 */
@Named("agencyReferral")
@ViewScoped
public class AgencyReferralBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseBacking casePage;
  @Inject AgencyReferrals referrals;
  @Inject Growl growl;
  @Inject UiText text;

  private String agency;
  private String unit;
  private String asked;
  private String referredAt = BeijingTime.nowToTheMinute();
  private String answering;
  private String answer;
  private String answeredAt = BeijingTime.nowToTheMinute();

  @SuppressWarnings("unchecked")
  public List<AgencyReferralSheet> getReferrals() {
    return casePage
        .getShown()
        .part("agencyReferrals")
        .map(p -> (List<AgencyReferralSheet>) p)
        .orElse(List.of());
  }

  /** Shown to those who may see referrals (a case with none shows its form to its workers). */
  public boolean isShown() {
    return casePage.getShown().part("agencyReferrals").isPresent() || isMayRefer();
  }

  public boolean isMayRefer() {
    return casePage.getShown().work().visit();
  }

  public List<AgencyReferralSheet> getWaiting() {
    return getReferrals().stream().filter(r -> r.answeredAt() == null).toList();
  }

  public List<Agency> getAgencies() {
    return List.of(Agency.values());
  }

  /** How the answer stands: in time, late, overdue, or awaited until its date. */
  public String state(AgencyReferralSheet r) {
    if (r.answeredAt() != null) {
      return text.of(r.met() ? "agencyReferral.answeredInTime" : "agencyReferral.answeredLate");
    }
    return text.of(r.overdue() ? "agencyReferral.overdue" : "agencyReferral.waiting");
  }

  public void refer() {
    try {
      referrals.referCase(
          CaseId.of(casePage.getId()),
          new ReferralCommands.Referral(
              blankToNull(agency), unit, asked, BeijingTime.toRfc3339(referredAt)));
      agency = null;
      unit = null;
      asked = null;
      growl.info(text.of("agencyReferral.referred"));
      casePage.refresh();
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  public void recordAnswer() {
    try {
      referrals.answerCase(
          CaseId.of(casePage.getId()),
          answering,
          new ReferralCommands.Answer(BeijingTime.toRfc3339(answeredAt), answer));
      answer = null;
      answering = null;
      growl.info(text.of("agencyReferral.answerRecorded"));
      casePage.refresh();
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getAsked() {
    return asked;
  }

  public void setAsked(String asked) {
    this.asked = asked;
  }

  public String getReferredAt() {
    return referredAt;
  }

  public void setReferredAt(String referredAt) {
    this.referredAt = referredAt;
  }

  public String getAnswering() {
    return answering;
  }

  public void setAnswering(String answering) {
    this.answering = answering;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getAnsweredAt() {
    return answeredAt;
  }

  public void setAnsweredAt(String answeredAt) {
    this.answeredAt = answeredAt;
  }
}
