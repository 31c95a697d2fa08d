package org.shouhu.protection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shouhu.casework.application.AttachmentSheet;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.web.AttachmentsBacking;
import org.shouhu.casework.web.CaseBacking;
import org.shouhu.protection.application.OrderCommands;
import org.shouhu.protection.application.OrderSheets;
import org.shouhu.protection.application.PoliceWarnings;
import org.shouhu.shared.web.BeijingTime;

/**
 * The police written warnings of a domestic-violence case page (告诫书), and the form that records one
 * with its scan chosen from the case's files.
 */
@Named("warnings")
@ViewScoped
public class WarningsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseBacking casePage;
  @Inject AttachmentsBacking files;
  @Inject PoliceWarnings warnings;

  private String issuedBy;
  private String issuedAt;
  private String number;
  private String attachment;

  @SuppressWarnings("unchecked")
  public List<OrderSheets.WarningSheet> getListed() {
    return (List<OrderSheets.WarningSheet>) casePage.getShown().part("warnings").orElse(List.of());
  }

  public boolean isMayRecord() {
    return casePage.getShown().kind() == CaseKind.DOMESTIC_VIOLENCE
        && casePage.getShown().work().visit();
  }

  public boolean isShown() {
    return isMayRecord() || !getListed().isEmpty();
  }

  /** The case's files a warning's scan may be. */
  public List<AttachmentSheet> getFiles() {
    return files.getListed();
  }

  /** The name of the file with the scan, when it is one the reader sees. */
  public String fileName(String attachmentId) {
    return getFiles().stream()
        .filter(f -> f.id().equals(attachmentId))
        .map(AttachmentSheet::name)
        .findFirst()
        .orElse("—");
  }

  public void record() {
    casePage.perform(
        () ->
            warnings.record(
                CaseId.of(casePage.getId()),
                new OrderCommands.Warning(
                    issuedBy, BeijingTime.toRfc3339(issuedAt), number, attachment)),
        () -> {
          issuedBy = null;
          issuedAt = null;
          number = null;
          attachment = null;
        },
        "warning.recorded");
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public void setIssuedBy(String issuedBy) {
    this.issuedBy = issuedBy;
  }

  public String getIssuedAt() {
    return issuedAt;
  }

  public void setIssuedAt(String issuedAt) {
    this.issuedAt = issuedAt;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getAttachment() {
    return attachment;
  }

  public void setAttachment(String attachment) {
    this.attachment = attachment == null || attachment.isBlank() ? null : attachment;
  }
}
