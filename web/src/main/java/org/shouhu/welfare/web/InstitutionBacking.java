package org.shouhu.welfare.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.web.Downloads;
import org.shouhu.shared.web.Growl;
import org.shouhu.shared.web.UiText;
import org.shouhu.welfare.application.RehabGrants;

/**
 * A designated institution's officer's page: her institution's grants (the child's name and age,
 * the grant, its claims), the month's claim, and her institution's monthly settlement.
 */
@Named("institutionPage")
@ViewScoped
public class InstitutionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RehabGrants grants;
  @Inject CurrentUser user;
  @Inject Growl growl;
  @Inject UiText text;

  private RehabGrants.OfficerPage page;
  private String grant;
  private final ClaimForm claimForm = new ClaimForm();
  private String settlementMonth;

  public List<RehabGrants.OfficerGrant> getGrants() {
    if (page == null) {
      page = grants.mine(0, 100);
    }
    return page.items();
  }

  /** Files the claim on the chosen grant ({@code caseId/grantId}). */
  public void claim() {
    try {
      String[] ids = grant == null ? new String[0] : grant.split("/");
      if (ids.length != 2) {
        growl.error(text.of("rehab.chooseGrant"));
        return;
      }
      grants.claim(CaseId.of(ids[0]), ids[1], claimForm.command());
      claimForm.clear();
      page = null;
      growl.info(text.of("rehab.claimedDone"));
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  /** Her institution's settlement for the month (XLSX). */
  public StreamedContent settlement() {
    try {
      RehabGrants.Settlement file =
          grants.settlement(user.institution().orElse(""), settlementMonth);
      return Downloads.xlsx(file.name(), file.content());
    } catch (DomainException e) {
      growl.error(e);
      return null;
    }
  }

  public String getGrant() {
    return grant;
  }

  public void setGrant(String grant) {
    this.grant = grant;
  }

  public String getSettlementMonth() {
    return settlementMonth;
  }

  public void setSettlementMonth(String settlementMonth) {
    this.settlementMonth = settlementMonth;
  }

  public ClaimForm getClaimForm() {
    return claimForm;
  }
}
