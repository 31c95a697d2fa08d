package org.shouhu.casework.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.domain.Attachment;
import org.shouhu.casework.domain.AttachmentLabel;
import org.shouhu.casework.domain.AttachmentRepository;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.DnaRule;
import org.shouhu.casework.domain.Reader;
import org.shouhu.casework.domain.WhoSeesWhat;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.validation.Values;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Label;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.PayloadTooLargeException;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.domain.UnsupportedTypeException;

/**
 * The files of a case (API.md "Attachments"): uploaded by its handlers while it is open — PDF, JPEG
 * or PNG, recognised by their content, at most 10 MiB —, read by those DOMAIN.md §4 lets see them
 * (handlers; a legal-aid officer those the referral shares), withdrawn with a reason but never
 * deleted. Every upload, download, preview and withdrawal is in the access log.
 */
@Stateless
@PermitAll // who may read a file is DOMAIN.md §4's question, answered by CaseAccess
public class Attachments {

  @Inject CurrentUser user;
  @Inject CaseAccess access;
  @Inject AttachmentRepository attachments;
  @Inject AttachmentFiles files;
  @Inject Commands commands;
  @Inject AccessLog accessLog;

  /** A file to be kept, as uploaded. */
  public record Download(String name, String contentType, byte[] bytes) {}

  @Audited("ATTACHMENT_UPLOAD")
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public AttachmentSheet upload(@Audited.RecordId CaseId id, AttachmentUpload upload) {
    CaseAccess.Opened opened = access.open(id);
    Case c = opened.aCase();
    if (opened.reader() != Reader.HANDLER) {
      throw new AccessDeniedException("attachment.handlersOnly");
    }
    if (!c.status().isOpen()) {
      throw InvalidInputException.of(
          "status", "attachment.notOpen", Label.of("status", c.status()));
    }
    byte[] bytes = upload.bytes();
    if (bytes.length == 0) {
      throw InvalidInputException.of("file", "validation.required");
    }
    if (bytes.length > Attachment.MAX_BYTES) {
      throw new PayloadTooLargeException(
          "attachment.tooLarge", Attachment.MAX_BYTES / (1024 * 1024));
    }
    String type = FileContents.typeOf(bytes);
    if (!Attachment.TYPES.contains(type)) {
      throw new UnsupportedTypeException("attachment.type");
    }
    commands.check(upload);
    DnaRule.check(c, "file", upload.fileName());
    DnaRule.check(c, "note", upload.note());
    Attachment attachment =
        new Attachment(
            c,
            upload.fileName(),
            Values.of(AttachmentLabel.class, upload.label()),
            blankToNull(upload.note()),
            type,
            bytes.length,
            FileContents.sha256(bytes),
            user.actor(),
            Instant.now());
    files.write(attachment.id(), bytes);
    attachments.store(attachment);
    logged("ATTACHMENT_UPLOAD", c, attachment);
    return sheet(attachment);
  }

  /**
   * The file's bytes, for a reader who may see it (404 otherwise, like a file that is not there).
   */
  @Audited("ATTACHMENT_READ")
  public Download download(@Audited.RecordId CaseId id, String attachmentId) {
    Visible v = visible(id, attachmentId);
    logged("ATTACHMENT_READ", v.aCase(), v.attachment());
    return new Download(
        v.attachment().name(), v.attachment().contentType(), files.read(v.attachment().id()));
  }

  /** A PNG thumbnail of an image (404 for a PDF, or an image that does not decode). */
  @Audited("ATTACHMENT_PREVIEW")
  public byte[] thumbnail(@Audited.RecordId CaseId id, String attachmentId) {
    Visible v = visible(id, attachmentId);
    if (!v.attachment().isImage()) {
      throw new NotFoundException("attachment", attachmentId);
    }
    byte[] png =
        FileContents.thumbnail(files.read(v.attachment().id()))
            .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    logged("ATTACHMENT_PREVIEW", v.aCase(), v.attachment());
    return png;
  }

  /** Withdraws a wrong upload (its handlers): hidden from lists, kept, logged. */
  @Audited("ATTACHMENT_WITHDRAWAL")
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public void withdraw(
      @Audited.RecordId CaseId id, String attachmentId, AttachmentWithdrawal withdrawal) {
    CaseAccess.Opened opened = access.open(id);
    if (opened.reader() != Reader.HANDLER) {
      throw new AccessDeniedException("attachment.handlersOnly");
    }
    Attachment a =
        attachments
            .find(opened.aCase().id(), attachmentId)
            .filter(x -> !x.isWithdrawn())
            .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    commands.check(withdrawal);
    a.withdraw(withdrawal.reason(), user.actor(), Instant.now());
    attachments.store(a);
    logged("ATTACHMENT_WITHDRAWAL", opened.aCase(), a);
  }

  /**
   * Shares files of case {@code c} with legal aid (a referral shares them); each must be one of its
   * files, not withdrawn (422 on {@code attachments[i]} otherwise).
   */
  public void shareWithLegalAid(Case c, List<String> attachmentIds) {
    for (int i = 0; i < attachmentIds.size(); i++) {
      String attachmentId = attachmentIds.get(i);
      Optional<Attachment> a =
          attachmentId == null
              ? Optional.empty()
              : attachments.find(c.id(), attachmentId).filter(x -> !x.isWithdrawn());
      if (a.isEmpty()) {
        throw InvalidInputException.of("attachments[" + i + "]", "attachment.unknown");
      }
      a.get().shareWithLegalAid();
      attachments.store(a.get());
    }
  }

  /** The files of a case a reader may see, under {@code disclosure}. */
  public List<AttachmentSheet> listed(Case c, Disclosure disclosure) {
    return attachments.ofCase(c.id()).stream()
        .filter(a -> disclosure == Disclosure.SHOWN || a.sharedWithLegalAid())
        .map(Attachments::sheet)
        .toList();
  }

  private record Visible(Case aCase, Attachment attachment) {}

  private Visible visible(CaseId id, String attachmentId) {
    CaseAccess.Opened opened = access.open(id);
    Disclosure disclosure = WhoSeesWhat.of(opened.reader(), CasePart.ATTACHMENTS);
    Attachment a =
        attachments
            .find(opened.aCase().id(), attachmentId == null ? "" : attachmentId)
            .filter(x -> !x.isWithdrawn())
            .filter(
                x ->
                    disclosure == Disclosure.SHOWN
                        || (disclosure == Disclosure.SHARED_BY_REFERRAL && x.sharedWithLegalAid()))
            .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    return new Visible(opened.aCase(), a);
  }

  static AttachmentSheet sheet(Attachment a) {
    return new AttachmentSheet(
        a.id(),
        a.name(),
        a.contentType(),
        a.size(),
        a.sha256(),
        a.label().name(),
        a.note().orElse(null),
        a.uploadedBy(),
        a.uploadedAt(),
        a.sharedWithLegalAid());
  }

  private void logged(String action, Case c, Attachment a) {
    accessLog.record(action, List.of(c.id(), a.id()), c.jurisdiction().value());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
