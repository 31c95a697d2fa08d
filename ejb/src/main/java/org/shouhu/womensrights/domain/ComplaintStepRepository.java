package org.shouhu.womensrights.domain;

import java.util.List;

/** The steps of women's-rights complaints. */
public interface ComplaintStepRepository {

  /** The case's steps, in the order they happened. */
  List<ComplaintStep> ofCase(String caseId);

  void store(ComplaintStep step);
}
