package org.shouhu.protection.domain;

import java.util.List;
import java.util.Optional;
import org.shouhu.casework.domain.CaseScope;

/** Protection orders of cases. */
public interface ProtectionOrderRepository {

  /** A case's orders, latest application first. */
  List<ProtectionOrder> ofCase(String caseId);

  Optional<ProtectionOrder> find(String caseId, String orderId);

  /**
   * The orders of open cases in {@code scope}'s jurisdictions a worklist may name: those awaiting a
   * ruling, and those issued (whose end or breaches the lists show).
   */
  List<ProtectionOrder> onWorklists(CaseScope scope);

  void store(ProtectionOrder order);
}
