package org.shouhu.casework.application;

import java.time.Instant;

/**
 * A file of a case as its readers see it (API.md "Attachments"); the bytes are downloaded apart.
 */
public record AttachmentSheet(
    String id,
    String name,
    String contentType,
    long size,
    String sha256,
    String label,
    String note,
    String uploadedBy,
    Instant uploadedAt,
    boolean sharedWithLegalAid) {}
