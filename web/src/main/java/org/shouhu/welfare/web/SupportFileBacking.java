package org.shouhu.welfare.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.web.CaseBacking;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.web.BeijingTime;
import org.shouhu.shared.web.Downloads;
import org.shouhu.shared.web.Growl;
import org.shouhu.welfare.application.SupportCommands;
import org.shouhu.welfare.application.SupportFileSheet;
import org.shouhu.welfare.application.SupportFiles;
import org.shouhu.welfare.domain.Grounds;
import org.shouhu.welfare.domain.ParentSituation;
import org.shouhu.welfare.domain.Placement;
import org.shouhu.welfare.domain.SupportFile;

/**
 * The support file on an orphan-support case's page: the application (its handlers), the street's
 * verification (supervisor), the district's confirmation, the annual review and the end of support
 * (caseworker; the review also the supervisor), the refusal letter of a refused file.
 */
@Named("supportFile")
@ViewScoped
public class SupportFileBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseBacking casePage;
  @Inject SupportFiles files;
  @Inject CurrentUser user;
  @Inject Growl growl;

  private String category = Grounds.Category.ORPHAN.name();
  private String father = ParentSituation.DEAD.name();
  private String fatherSince;
  private String mother = ParentSituation.DEAD.name();
  private String motherSince;
  private String placement = Placement.KINSHIP.name();
  private String payeeKind = SupportFile.PayeeKind.GUARDIAN.name();
  private String payeeName;
  private String bankAccount;
  private String otherBenefit;
  private String appliedAt = BeijingTime.nowToTheMinute();
  private String decision;
  private String reason;
  private String at = BeijingTime.nowToTheMinute();

  public boolean isShown() {
    return casePage.getShown().kind() == CaseKind.ORPHAN_SUPPORT
        && (getFile() != null || isMayApply());
  }

  /** The file as the case shows it (null: none, or not for this reader). */
  public SupportFileSheet getFile() {
    return casePage.getShown().part("supportFile").map(SupportFileSheet.class::cast).orElse(null);
  }

  private boolean work() {
    return casePage.getShown().work().visit();
  }

  private boolean is(String status) {
    return getFile() != null && getFile().status().equals(status);
  }

  public boolean isMayApply() {
    return work() && casePage.getShown().part("supportFile").isEmpty();
  }

  public boolean isMayVerify() {
    return work() && is("APPLIED") && user.has(Role.CHILD_SUPERVISOR);
  }

  public boolean isMayConfirm() {
    return work() && is("VERIFIED") && user.has(Role.CASEWORKER);
  }

  public boolean isMayReview() {
    return work()
        && is("CONFIRMED")
        && (user.has(Role.CHILD_SUPERVISOR) || user.has(Role.CASEWORKER));
  }

  public boolean isMayEnd() {
    return work() && is("CONFIRMED") && user.has(Role.CASEWORKER);
  }

  /** A refused file's letter, for those who work on the case. */
  public boolean isRefused() {
    return work() && is("REFUSED");
  }

  public List<Grounds.Category> getCategories() {
    return List.of(Grounds.Category.values());
  }

  public List<ParentSituation> getSituations() {
    return List.of(ParentSituation.values());
  }

  public List<Placement> getPlacements() {
    return List.of(Placement.values());
  }

  public List<SupportFile.PayeeKind> getPayeeKinds() {
    return List.of(SupportFile.PayeeKind.values());
  }

  private CaseId id() {
    return CaseId.of(casePage.getId());
  }

  public void apply() {
    casePage.perform(
        () ->
            files.apply(
                id(),
                new SupportCommands.Application(
                    category,
                    new SupportCommands.GroundsForm(
                        new SupportCommands.ParentForm(father, blankToNull(fatherSince)),
                        new SupportCommands.ParentForm(mother, blankToNull(motherSince))),
                    placement,
                    new SupportCommands.Payee(payeeKind, payeeName, bankAccount),
                    blankToNull(otherBenefit),
                    BeijingTime.toRfc3339(appliedAt))),
        () -> {
          payeeName = null;
          bankAccount = null;
          otherBenefit = null;
        },
        "support.applied");
  }

  public void verify() {
    casePage.perform(
        () ->
            files.verify(
                id(),
                new SupportCommands.Verification(
                    decision, blankToNull(reason), BeijingTime.toRfc3339(at))),
        this::clearDecision,
        "support.decided");
  }

  public void confirm() {
    casePage.perform(
        () ->
            files.confirm(
                id(),
                new SupportCommands.Confirmation(
                    decision, blankToNull(reason), BeijingTime.toRfc3339(at))),
        this::clearDecision,
        "support.decided");
  }

  public void review() {
    casePage.perform(
        () -> files.review(id(), new SupportCommands.Review(BeijingTime.toRfc3339(at))),
        this::clearDecision,
        "support.reviewed");
  }

  public void end() {
    casePage.perform(
        () -> files.end(id(), new SupportCommands.End(reason, BeijingTime.toRfc3339(at))),
        this::clearDecision,
        "support.ended");
  }

  /** The refused file's letter for the applicant (PDF). */
  public StreamedContent letter() {
    try {
      return Downloads.of("不予纳入保障告知书.pdf", "application/pdf", files.refusalLetter(id()));
    } catch (DomainException e) {
      growl.error(e);
      return null;
    }
  }

  private void clearDecision() {
    decision = null;
    reason = null;
    at = BeijingTime.nowToTheMinute();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getFather() {
    return father;
  }

  public void setFather(String father) {
    this.father = father;
  }

  public String getFatherSince() {
    return fatherSince;
  }

  public void setFatherSince(String fatherSince) {
    this.fatherSince = fatherSince;
  }

  public String getMother() {
    return mother;
  }

  public void setMother(String mother) {
    this.mother = mother;
  }

  public String getMotherSince() {
    return motherSince;
  }

  public void setMotherSince(String motherSince) {
    this.motherSince = motherSince;
  }

  public String getPlacement() {
    return placement;
  }

  public void setPlacement(String placement) {
    this.placement = placement;
  }

  public String getPayeeKind() {
    return payeeKind;
  }

  public void setPayeeKind(String payeeKind) {
    this.payeeKind = payeeKind;
  }

  public String getPayeeName() {
    return payeeName;
  }

  public void setPayeeName(String payeeName) {
    this.payeeName = payeeName;
  }

  public String getBankAccount() {
    return bankAccount;
  }

  public void setBankAccount(String bankAccount) {
    this.bankAccount = bankAccount;
  }

  public String getOtherBenefit() {
    return otherBenefit;
  }

  public void setOtherBenefit(String otherBenefit) {
    this.otherBenefit = otherBenefit;
  }

  public String getAppliedAt() {
    return appliedAt;
  }

  public void setAppliedAt(String appliedAt) {
    this.appliedAt = appliedAt;
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

  public String getAt() {
    return at;
  }

  public void setAt(String at) {
    this.at = at;
  }
}
