package org.shouhu.legalaid.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.shouhu.legalaid.application.LegalAidCommands;
import org.shouhu.legalaid.application.LegalAidReferrals;
import org.shouhu.legalaid.application.ReferralSheet;
import org.shouhu.legalaid.domain.LegalAidReferral;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.web.Downloads;
import org.shouhu.shared.web.Growl;
import org.shouhu.shared.web.UiText;

/**
 * The legal-aid officer's page (法律援助): her district's referrals, the waiting ones first, each with
 * its decision due; the one she opens ({@code ?referral=id}) with its decision, the materials'
 * arrival, the lawyer, the outcome and, for a refusal, the written decision (PDF).
 */
@Named("legalAidPage")
@ViewScoped
public class LegalAidBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LegalAidReferrals referrals;
  @Inject Growl growl;
  @Inject UiText text;

  private String status = LegalAidReferrals.OPEN;
  private String referralId;
  private ReferralSheet.Page page;
  private ReferralSheet open;
  private boolean missing;

  private String decision;
  private String reason;
  private String reasonCode;
  private String materials;
  private String lawyer;
  private String firm;
  private String urgent;
  private String outcome;

  public List<ReferralSheet> getReferrals() {
    if (page == null) {
      try {
        page = referrals.list(status, 0, 100);
      } catch (DomainException e) {
        growl.error(e);
        page = new ReferralSheet.Page(List.of(), 0);
      }
    }
    return page.items();
  }

  public long getTotal() {
    getReferrals();
    return page.total();
  }

  /** The referral opened with {@code ?referral=}; null when none (or not hers: said once). */
  public ReferralSheet getOpen() {
    if (open == null && referralId != null && !referralId.isBlank() && !missing) {
      try {
        open = referrals.get(referralId);
      } catch (DomainException e) {
        missing = true;
        growl.error(e);
      }
    }
    return open;
  }

  public boolean isOverdue(ReferralSheet r) {
    return r.deadlines().stream().anyMatch(ReferralSheet.DeadlineSheet::overdue);
  }

  /** The decision or lawyer now due: the first deadline still open, else the last one. */
  public Instant due(ReferralSheet r) {
    return r.deadlines().stream()
        .filter(d -> !d.met())
        .findFirst()
        .orElse(r.deadlines().get(r.deadlines().size() - 1))
        .dueAt();
  }

  public boolean isMayDecide() {
    ReferralSheet r = getOpen();
    return r != null && (r.status().equals("REFERRED") || r.status().equals("MATERIALS_NEEDED"));
  }

  public boolean isMayAssign() {
    ReferralSheet r = getOpen();
    return r != null && (isMayDecide() || r.status().equals("ACCEPTED"));
  }

  public List<LegalAidReferral.Status> getStatuses() {
    return List.of(LegalAidReferral.Status.values());
  }

  public List<LegalAidReferral.Decision> getDecisions() {
    return List.of(LegalAidReferral.Decision.values());
  }

  public List<LegalAidReferral.ReasonCode> getReasonCodes() {
    return List.of(LegalAidReferral.ReasonCode.values());
  }

  public List<LegalAidReferral.EarlyAidGround> getGrounds() {
    return List.of(LegalAidReferral.EarlyAidGround.values());
  }

  public void filter() {
    page = null;
  }

  public void decide() {
    act(
        () ->
            referrals.decide(
                referralId,
                new LegalAidCommands.Decision(
                    decision,
                    reason,
                    reasonCode,
                    materials == null
                        ? List.of()
                        : Arrays.stream(materials.split("\\R")).filter(m -> !m.isBlank()).toList(),
                    null)),
        "legalAid.decidedDone");
  }

  public void materialsArrived() {
    act(
        () -> referrals.materialsArrived(referralId, new LegalAidCommands.Materials(null)),
        "legalAid.materialsDone");
  }

  public void assignLawyer() {
    act(
        () ->
            referrals.assignLawyer(
                referralId,
                new LegalAidCommands.Lawyer(lawyer, firm, isMayDecide() ? urgent : null, null)),
        "legalAid.lawyerDone");
  }

  public void conclude() {
    act(
        () -> referrals.conclude(referralId, new LegalAidCommands.Outcome(outcome, null)),
        "legalAid.outcomeDone");
  }

  /** The written refusal (PDF). */
  public StreamedContent letter() {
    try {
      LegalAidReferrals.Letter l = referrals.decisionLetter(referralId);
      return Downloads.of(l.name(), "application/pdf", l.content());
    } catch (DomainException e) {
      growl.error(e);
      return null;
    }
  }

  private void act(java.util.function.Supplier<ReferralSheet> action, String done) {
    try {
      open = action.get();
      page = null;
      decision = null;
      reason = null;
      reasonCode = null;
      materials = null;
      lawyer = null;
      firm = null;
      urgent = null;
      outcome = null;
      growl.info(text.of(done));
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null || status.isBlank() ? null : status;
  }

  public String getReferral() {
    return referralId;
  }

  public void setReferral(String referral) {
    this.referralId = referral;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getReasonCode() {
    return reasonCode;
  }

  public void setReasonCode(String reasonCode) {
    this.reasonCode = reasonCode == null || reasonCode.isBlank() ? null : reasonCode;
  }

  public String getMaterials() {
    return materials;
  }

  public void setMaterials(String materials) {
    this.materials = materials;
  }

  public String getLawyer() {
    return lawyer;
  }

  public void setLawyer(String lawyer) {
    this.lawyer = lawyer;
  }

  public String getFirm() {
    return firm;
  }

  public void setFirm(String firm) {
    this.firm = firm;
  }

  public String getUrgent() {
    return urgent;
  }

  public void setUrgent(String urgent) {
    this.urgent = urgent == null || urgent.isBlank() ? null : urgent;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}
