package org.shouhu.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.shouhu.casework.application.CasePartSource;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.Reader;
import org.shouhu.transfer.domain.CaseTransferRepository;

/** A case's transfers, as the case's read model lists them ({@code transfers}), oldest first. */
@ApplicationScoped
public class TransfersPart implements CasePartSource {

  @Inject CaseTransferRepository transfers;

  @Override
  public String name() {
    return "transfers";
  }

  @Override
  public CasePart part() {
    return CasePart.TRANSFERS;
  }

  /** Null (absent) when the case was never asked to move. */
  @Override
  public List<TransferSheet> read(Case c, Reader reader, Disclosure disclosure) {
    List<TransferSheet> sheets =
        transfers.ofCase(c.id()).stream().map(t -> CaseTransfers.sheet(t, null)).toList();
    return sheets.isEmpty() ? null : sheets;
  }
}
