package org.shouhu.protection.domain;

import java.util.List;

/** Police written warnings of cases. */
public interface PoliceWarningRepository {

  /** A case's warnings, latest first. */
  List<PoliceWarning> ofCase(String caseId);

  void store(PoliceWarning warning);
}
