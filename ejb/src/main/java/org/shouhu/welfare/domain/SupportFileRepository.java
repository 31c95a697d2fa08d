package org.shouhu.welfare.domain;

import java.util.Optional;

/** The support files, one per case. */
public interface SupportFileRepository {

  Optional<SupportFile> ofCase(String caseId);

  void store(SupportFile file);
}
