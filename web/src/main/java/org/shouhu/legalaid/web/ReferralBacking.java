package org.shouhu.legalaid.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shouhu.casework.application.AttachmentSheet;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.web.AttachmentsBacking;
import org.shouhu.casework.web.CaseBacking;
import org.shouhu.legalaid.application.LegalAidReferrals;
import org.shouhu.legalaid.application.ReferralCommand;
import org.shouhu.legalaid.application.ReferralSheet;
import org.shouhu.legalaid.domain.LegalAidReferral;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.web.Growl;
import org.shouhu.shared.web.UiText;

/**
 * The legal-aid part of the case page: the case's referrals (when the reader may see them) and the
 * referral form, with the person's consent or the legal basis for going ahead without it.
 */
@Named("referral")
@ViewScoped
public class ReferralBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseBacking casePage;
  @Inject AttachmentsBacking attachments;
  @Inject LegalAidReferrals referrals;
  @Inject Growl growl;
  @Inject UiText text;

  private String reason;
  private boolean consent;
  private String consentBasis;
  private List<String> shared = List.of();

  /** The referrals the reader may see; empty when she may see none. */
  @SuppressWarnings("unchecked")
  public List<ReferralSheet> getReferrals() {
    return casePage
        .getShown()
        .part("legalAidReferrals")
        .map(part -> (List<ReferralSheet>) part)
        .orElse(List.of());
  }

  public boolean isShown() {
    return casePage.getShown().part("legalAidReferrals").isPresent();
  }

  public boolean isMayRefer() {
    return casePage.getShown().work().refer();
  }

  /** The case's files a referral may share (those not yet shared). */
  public List<AttachmentSheet> getShareable() {
    return attachments.getListed().stream().filter(a -> !a.sharedWithLegalAid()).toList();
  }

  public List<LegalAidReferral.ConsentBasis> getBases() {
    return List.of(LegalAidReferral.ConsentBasis.values());
  }

  /** A declined referral's written refusal (PDF). */
  public org.primefaces.model.StreamedContent letter(String referralId) {
    try {
      LegalAidReferrals.Letter l = referrals.decisionLetter(referralId);
      return org.shouhu.shared.web.Downloads.of(l.name(), "application/pdf", l.content());
    } catch (DomainException e) {
      growl.error(e);
      return null;
    }
  }

  public void refer() {
    try {
      referrals.refer(
          CaseId.of(casePage.getId()),
          new ReferralCommand(reason, consent, consentBasis, shared, null));
      reason = null;
      consent = false;
      consentBasis = null;
      shared = List.of();
      growl.info(text.of("case.referred"));
      casePage.refresh();
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public List<String> getShared() {
    return shared;
  }

  public void setShared(List<String> shared) {
    this.shared = shared == null ? List.of() : List.copyOf(shared);
  }

  public String getConsentBasis() {
    return consentBasis;
  }

  public void setConsentBasis(String consentBasis) {
    this.consentBasis = consentBasis == null || consentBasis.isBlank() ? null : consentBasis;
  }
}
