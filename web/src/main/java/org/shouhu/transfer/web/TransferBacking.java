package org.shouhu.transfer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.Reader;
import org.shouhu.casework.web.CaseBacking;
import org.shouhu.directory.application.JurisdictionDirectory;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.directory.web.PlacesBacking;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.domain.JurisdictionLevel;
import org.shouhu.shared.web.Growl;
import org.shouhu.shared.web.UiText;
import org.shouhu.transfer.application.CaseTransfers;
import org.shouhu.transfer.application.TransferCommands;
import org.shouhu.transfer.application.TransferSheet;

/**
 * The transfers card of the case page: the case's transfers, and — for its handlers, while none is
 * pending — the request to move it to another community.
 */
@Named("transfer")
@ViewScoped
public class TransferBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A community to move to, named in the user's language with its street. */
  public record Place(String code, String label) {}

  @Inject CaseBacking casePage;
  @Inject CaseTransfers transfers;
  @Inject JurisdictionDirectory directory;
  @Inject PlacesBacking places;
  @Inject Growl growl;
  @Inject org.shouhu.shared.application.CurrentUser user;
  @Inject UiText text;

  private String to;
  private String reason;
  private transient Map<String, String> names; // by code, in the user's language
  private transient List<Place> communities;

  @SuppressWarnings("unchecked")
  public List<TransferSheet> getTransfers() {
    return casePage
        .getShown()
        .part("transfers")
        .map(part -> (List<TransferSheet>) part)
        .orElse(List.of());
  }

  public boolean isShown() {
    return casePage.getShown().part("transfers").isPresent() || isMayRequest();
  }

  public boolean isMayRequest() {
    return casePage.getShown().reader() == Reader.HANDLER
        && casePage.isMayVisit()
        && getTransfers().stream().noneMatch(t -> t.status().equals("REQUESTED"));
  }

  /** The communities in force other than the case's own, with their street's name. */
  public List<Place> getCommunities() {
    if (communities == null) {
      read();
    }
    return communities;
  }

  /** A community's name for the table. */
  public String name(String code) {
    if (names == null) {
      read();
    }
    return names.getOrDefault(code, code);
  }

  /** Reads the tree once a view: the form's choices and the table's names. */
  private void read() {
    List<Jurisdiction> tree = directory.tree();
    names = tree.stream().collect(Collectors.toMap(j -> j.code().value(), places::name));
    String own = casePage.getShown().jurisdiction();
    communities =
        tree.stream()
            .filter(j -> j.level() == JurisdictionLevel.COMMUNITY && !j.code().value().equals(own))
            .map(
                j ->
                    new Place(
                        j.code().value(),
                        j.parent().map(p -> names.get(p.value()) + " · ").orElse("")
                            + names.get(j.code().value())))
            .toList();
  }

  /** Whether the reader may withdraw a pending transfer (the case's handlers). */
  public boolean isMayWithdraw() {
    return casePage.getShown().reader() == Reader.HANDLER
        && org.shouhu.casework.domain.CasePermissions.worksCases(user.actor());
  }

  public void withdraw(String transferId) {
    try {
      transfers.withdraw(CaseId.of(casePage.getId()), transferId);
      growl.info(text.of("transfer.withdrawnDone"));
      casePage.refresh();
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  public void request() {
    try {
      transfers.request(CaseId.of(casePage.getId()), new TransferCommands.Request(to, reason));
      to = null;
      reason = null;
      growl.info(text.of("transfer.requestedDone"));
      casePage.refresh();
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to == null || to.isBlank() ? null : to;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
