package org.shouhu.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * A file of a case — a scan, a photo, a court paper — as the case knows it: its name, label, type,
 * size and SHA-256, who uploaded it when. The bytes live apart, encrypted, under {@link #id()}.
 * Never deleted: a wrong upload is withdrawn with a reason, hidden from lists and kept. Legal-aid
 * officers see it once a referral shares it.
 */
@Entity
@Table(name = "case_attachment")
public class Attachment {

  /** The largest file, in bytes (10 MiB). */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  /** The types a case may hold, recognised by their content. */
  public static final java.util.Set<String> TYPES =
      java.util.Set.of("application/pdf", "image/jpeg", "image/png");

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Column(name = "file_name", nullable = false, length = 1024)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "label", nullable = false, length = 32)
  private AttachmentLabel label;

  @Column(name = "note", length = 2000)
  private String note;

  @Column(name = "content_type", nullable = false, length = 64)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false, length = 255)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "legal_aid_shared", nullable = false)
  private boolean sharedWithLegalAid;

  @Column(name = "withdrawn_by", length = 255)
  private String withdrawnBy;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_reason", length = 2000)
  private String withdrawnReason;

  protected Attachment() {}

  /** A file of {@code c}, whose type was recognised from its content. */
  public Attachment(
      Case c,
      String name,
      AttachmentLabel label,
      String note,
      String contentType,
      long size,
      String sha256,
      Actor by,
      Instant now) {
    if (!TYPES.contains(contentType)) {
      throw new IllegalArgumentException("not a type a case holds: " + contentType);
    }
    this.id = UUID.randomUUID().toString();
    this.caseId = c.id();
    this.name = name;
    this.label = label;
    this.note = note;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.uploadedBy = by.username();
    this.uploadedAt = now;
  }

  /** Withdraws a wrong upload: hidden from lists, kept with who, when and why. */
  public void withdraw(String reason, Actor by, Instant now) {
    if (withdrawnAt != null) {
      throw InvalidInputException.of("reason", "attachment.alreadyWithdrawn");
    }
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "validation.required");
    }
    withdrawnBy = by.username();
    withdrawnAt = now;
    withdrawnReason = reason.strip();
  }

  /** From now on the legal-aid officers who read the case read this file too. */
  public void shareWithLegalAid() {
    sharedWithLegalAid = true;
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  /** Whether it is an image (a thumbnail can be made of it). */
  public boolean isImage() {
    return contentType.startsWith("image/");
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public String name() {
    return name;
  }

  public AttachmentLabel label() {
    return label;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public String contentType() {
    return contentType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public boolean sharedWithLegalAid() {
    return sharedWithLegalAid;
  }
}
