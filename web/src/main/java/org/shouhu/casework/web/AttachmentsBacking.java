package org.shouhu.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.shouhu.casework.application.AttachmentSheet;
import org.shouhu.casework.application.AttachmentUpload;
import org.shouhu.casework.application.AttachmentWithdrawal;
import org.shouhu.casework.application.Attachments;
import org.shouhu.casework.application.CaseworkCodeLists;
import org.shouhu.casework.application.FileContents;
import org.shouhu.casework.domain.AttachmentLabel;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.web.Growl;
import org.shouhu.shared.web.ListsBacking;
import org.shouhu.shared.web.UiText;

/**
 * The files part of the case page: the case's files the reader may see (images as thumbnails the
 * server makes), the upload form for its handlers, and withdrawing a wrong upload with a reason.
 */
@Named("attachmentsPage")
@ViewScoped
public class AttachmentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseBacking casePage;
  @Inject Attachments attachments;
  @Inject Growl growl;
  @Inject UiText text;
  @Inject ListsBacking lists;

  private transient Part file;
  private String label = AttachmentLabel.PHOTO.name();
  private String note;
  private String withdrawReason;

  /** The files the reader may see; empty when none or none for her. */
  @SuppressWarnings("unchecked")
  public List<AttachmentSheet> getListed() {
    return casePage
        .getShown()
        .part("attachments")
        .map(part -> (List<AttachmentSheet>) part)
        .orElse(List.of());
  }

  /** The case's handlers add and withdraw files, while it is open. */
  public boolean isMayUpload() {
    return casePage.getShown().work().visit(); // the same people, the same statuses as visits
  }

  public List<AttachmentLabel> getLabels() {
    return lists.ordered(CaseworkCodeLists.ATTACHMENT_LABEL, List.of(AttachmentLabel.values()));
  }

  public void upload() {
    try {
      attachments.upload(
          CaseId.of(casePage.getId()),
          file == null
              ? new AttachmentUpload(null, null, label, note)
              : new AttachmentUpload(
                  FileContents.read(file.getInputStream()),
                  file.getSubmittedFileName(),
                  label,
                  note));
      note = null;
      growl.info(text.of("attachment.uploaded"));
      casePage.refresh();
    } catch (DomainException e) {
      growl.error(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void withdraw(String attachmentId) {
    try {
      attachments.withdraw(
          CaseId.of(casePage.getId()), attachmentId, new AttachmentWithdrawal(withdrawReason));
      withdrawReason = null;
      growl.info(text.of("attachment.withdrawn"));
      casePage.refresh();
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  /** "12 KB", "3.4 MB". */
  public String size(long bytes) {
    return bytes < 1024 * 1024
        ? Math.max(1, bytes / 1024) + " KB"
        : String.format("%.1f MB", bytes / (1024.0 * 1024));
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }
}
