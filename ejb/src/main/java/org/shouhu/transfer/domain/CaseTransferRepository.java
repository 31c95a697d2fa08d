package org.shouhu.transfer.domain;

import java.util.List;
import java.util.Optional;

/** Stored transfers. */
public interface CaseTransferRepository {

  void store(CaseTransfer transfer);

  Optional<CaseTransfer> find(String id);

  /** The transfer with its row locked until the transaction ends (one decision at a time). */
  Optional<CaseTransfer> lock(String id);

  /** The case's transfers, oldest first. */
  List<CaseTransfer> ofCase(String caseId);

  /** Transfers still REQUESTED to a community within {@code prefix}, oldest first. */
  List<CaseTransfer> pendingTo(String prefix, int first, int max);

  long countPendingTo(String prefix);
}
