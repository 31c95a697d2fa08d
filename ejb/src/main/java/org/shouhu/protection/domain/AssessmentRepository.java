package org.shouhu.protection.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shouhu.casework.domain.CaseScope;

/** Assessments of cases. */
public interface AssessmentRepository {

  /** A case's assessments, newest first. */
  List<Assessment> ofCase(String caseId);

  Optional<Assessment> find(String caseId, String assessmentId);

  /**
   * The assessments awaiting review in {@code scope} that {@code reviewer} did not make, the
   * highest level first, then the oldest.
   */
  List<Assessment> awaitingReview(CaseScope scope, String reviewer);

  /**
   * The latest assessment with {@code instrument} of each open case in {@code scope}'s
   * jurisdictions, when its level is one of {@code levels}.
   */
  List<Assessment> latestAt(CaseScope scope, String instrument, Set<RiskLevel> levels);

  void store(Assessment assessment);
}
