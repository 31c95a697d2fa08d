package org.shouhu.casework.domain;

import java.util.List;
import java.util.Optional;

/** The files of cases, as the cases know them (the bytes are elsewhere). */
public interface AttachmentRepository {

  void store(Attachment attachment);

  /** The file {@code id} of case {@code caseId}, withdrawn or not. */
  Optional<Attachment> find(String caseId, String id);

  /** The files of a case that are not withdrawn, oldest first. */
  List<Attachment> ofCase(String caseId);
}
