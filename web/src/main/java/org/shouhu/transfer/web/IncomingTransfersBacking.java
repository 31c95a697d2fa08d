package org.shouhu.transfer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.web.Growl;
import org.shouhu.shared.web.UiText;
import org.shouhu.transfer.application.CaseTransfers;
import org.shouhu.transfer.application.TransferCommands;
import org.shouhu.transfer.application.TransferSheet;

/**
 * The worklist's transfers waiting for the receiver (a director's community, a supervisor's
 * street): what each case is about, and her answer — accept, or reject with a reason.
 */
@Named("incomingTransfers")
@ViewScoped
public class IncomingTransfersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseTransfers transfers;
  @Inject CurrentUser user;
  @Inject Growl growl;
  @Inject UiText text;

  private List<TransferSheet> rows;
  private final Map<String, String> reasons = new HashMap<>();

  public List<TransferSheet> getRows() {
    if (rows == null) {
      rows =
          user.actor().hasAny(Role.CHILD_DIRECTOR, Role.CHILD_SUPERVISOR)
              ? transfers.incoming(0, 100).items()
              : List.of();
    }
    return rows;
  }

  /** Her reason for each transfer, by its id. */
  public Map<String, String> getReasons() {
    return reasons;
  }

  public void accept(String id) {
    decide(id, true, "transfer.acceptedDone");
  }

  public void reject(String id) {
    decide(id, false, "transfer.rejectedDone");
  }

  private void decide(String id, boolean accept, String done) {
    try {
      transfers.decide(id, new TransferCommands.Decision(accept, reasons.get(id)));
      reasons.remove(id);
      rows = null;
      growl.info(text.of(done));
    } catch (DomainException e) {
      growl.error(e);
    }
  }
}
