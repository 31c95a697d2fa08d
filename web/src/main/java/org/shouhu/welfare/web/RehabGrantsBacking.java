package org.shouhu.welfare.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.web.CaseBacking;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.web.BeijingTime;
import org.shouhu.welfare.application.RehabCommands;
import org.shouhu.welfare.application.RehabGrantSheet;
import org.shouhu.welfare.application.RehabGrants;
import org.shouhu.welfare.domain.Disability;
import org.shouhu.welfare.domain.RehabItem;

/**
 * A rehabilitation case's grants on the case page: each grant with its cap and claims; a district
 * caseworker approves a grant and files a month's claim.
 */
@Named("rehab")
@ViewScoped
public class RehabGrantsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseBacking casePage;
  @Inject RehabGrants grants;
  @Inject CurrentUser user;

  private String disability = Disability.PHYSICAL.name();
  private String item = RehabItem.TRAINING.name();
  private String institution;
  private String from;
  private String to;
  private String approvedAt = BeijingTime.nowToTheMinute();
  private List<String> priority = new java.util.ArrayList<>();
  private String grantId;
  private final ClaimForm claimForm = new ClaimForm();

  public boolean isShown() {
    return casePage.getShown().kind() == CaseKind.DISABLED_CHILD_REHAB
        && casePage.getShown().part("rehabGrants").isPresent();
  }

  @SuppressWarnings("unchecked")
  public List<RehabGrantSheet> getGrants() {
    return casePage
        .getShown()
        .part("rehabGrants")
        .map(p -> (List<RehabGrantSheet>) p)
        .orElse(List.of());
  }

  public boolean isMayWork() {
    return casePage.getShown().work().visit() && user.has(Role.CASEWORKER);
  }

  public List<Disability> getDisabilities() {
    return List.of(Disability.values());
  }

  public List<org.shouhu.welfare.domain.PriorityGroup> getGroups() {
    return List.of(org.shouhu.welfare.domain.PriorityGroup.values());
  }

  public List<String> getPriority() {
    return priority;
  }

  public void setPriority(List<String> priority) {
    this.priority = priority == null ? new java.util.ArrayList<>() : priority;
  }

  public List<RehabItem> getItems() {
    return List.of(RehabItem.values());
  }

  private List<RehabGrants.InstitutionSheet> institutions;

  /** The designated institutions, read once for the page. */
  public List<RehabGrants.InstitutionSheet> getInstitutions() {
    if (institutions == null) {
      institutions = isMayWork() ? grants.institutions() : List.of();
    }
    return institutions;
  }

  /** An institution's name (the grant keeps its id). */
  public String institutionName(String id) {
    return getInstitutions().stream()
        .filter(i -> i.id().equals(id))
        .map(RehabGrants.InstitutionSheet::name)
        .findFirst()
        .orElse(id);
  }

  public void approve() {
    casePage.perform(
        () ->
            grants.approve(
                CaseId.of(casePage.getId()),
                new RehabCommands.Grant(
                    disability,
                    item,
                    institution,
                    from,
                    to,
                    BeijingTime.toRfc3339(approvedAt),
                    List.copyOf(priority),
                    null)),
        () -> {
          from = null;
          to = null;
          priority = new java.util.ArrayList<>();
        },
        "rehab.approved");
  }

  public void claim() {
    casePage.perform(
        () -> grants.claim(CaseId.of(casePage.getId()), grantId, claimForm.command()),
        claimForm::clear,
        "rehab.claimedDone");
  }

  public String getDisability() {
    return disability;
  }

  public void setDisability(String disability) {
    this.disability = disability;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public String getInstitution() {
    return institution;
  }

  public void setInstitution(String institution) {
    this.institution = institution;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getApprovedAt() {
    return approvedAt;
  }

  public void setApprovedAt(String approvedAt) {
    this.approvedAt = approvedAt;
  }

  public String getGrantId() {
    return grantId;
  }

  public void setGrantId(String grantId) {
    this.grantId = grantId;
  }

  public ClaimForm getClaimForm() {
    return claimForm;
  }
}
