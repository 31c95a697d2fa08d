package org.shouhu.protection.domain;

import java.util.List;
import java.util.Optional;

/** The actions of cases' plans. */
public interface PlanActionRepository {

  /** A case's plan, earliest due first. */
  List<PlanAction> ofCase(String caseId);

  Optional<PlanAction> find(String caseId, String actionId);

  void store(PlanAction action);
}
