package org.shouhu.transfer.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.application.CaseAccess;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.Reader;
import org.shouhu.directory.domain.JurisdictionRepository;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.JurisdictionLevel;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;
import org.shouhu.transfer.domain.CaseTransfer;
import org.shouhu.transfer.domain.CaseTransferRepository;

/**
 * Transfers between communities (API.md "Transfers between communities"): the case's handlers ask;
 * the receiving community's child director or its street's supervisor lists what is pending for
 * her, sees what each case is about ({@link TransferSheet.Preview}) and accepts or rejects it. On
 * acceptance the case's jurisdiction changes — every scoped query follows it, so the old community
 * loses the case and the new one gains it. Each step is on the case's timeline and in the access
 * log.
 */
@Stateless
public class CaseTransfers {

  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject CaseTransferRepository transfers;
  @Inject JurisdictionRepository jurisdictions;
  @Inject Commands commands;
  @Inject CurrentUser user;
  @Inject AccessLog accessLog;

  /**
   * Asks to move the case to community {@code to} (in force: 422 on {@code to}); one pending
   * transfer a case (409).
   */
  @Audited("TRANSFER_REQUESTED")
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public TransferSheet request(@Audited.RecordId CaseId id, TransferCommands.Request r) {
    CaseAccess.Opened opened = access.open(id);
    if (opened.reader() != Reader.HANDLER) {
      throw new AccessDeniedException("error.forbidden");
    }
    Case c = opened.aCase();
    commands.check(r);
    JurisdictionCode to = new JurisdictionCode(r.to().strip());
    if (jurisdictions
        .find(to)
        .filter(j -> !j.isRetired() && j.level() == JurisdictionLevel.COMMUNITY)
        .isEmpty()) {
      throw InvalidInputException.of("to", "intake.jurisdiction.notACommunity", to.value());
    }
    if (transfers.ofCase(c.id()).stream()
        .anyMatch(t -> t.status() == CaseTransfer.Status.REQUESTED)) {
      throw new ConflictException("transfer.pending");
    }
    Instant now = Instant.now();
    CaseTransfer t = CaseTransfer.request(c, to, r.reason(), user.actor(), now);
    transfers.store(t);
    cases.store(c);
    accessLog.record("TRANSFER_REQUESTED", List.of(c.id(), t.id()), c.jurisdiction().value());
    return sheet(t, null);
  }

  /**
   * The asking side withdraws a pending transfer of the case (see {@link CaseTransfer#withdraw}).
   */
  @Audited("TRANSFER_WITHDRAWN")
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public TransferSheet withdraw(@Audited.RecordId CaseId id, String transferId) {
    CaseAccess.Opened opened = access.open(id);
    if (opened.reader() != Reader.HANDLER) {
      throw new AccessDeniedException("error.forbidden");
    }
    Case c = opened.aCase();
    CaseTransfer t =
        transfers
            .lock(transferId)
            .filter(found -> found.caseId().equals(c.id()))
            .orElseThrow(() -> new NotFoundException("transfer", transferId));
    t.withdraw(c, user.actor(), Instant.now());
    cases.store(c);
    accessLog.record("TRANSFER_WITHDRAWN", List.of(c.id(), t.id()), c.jurisdiction().value());
    return sheet(t, null);
  }

  /**
   * The transfers waiting for the caller's community (a director) or street (a supervisor), oldest
   * first, each with what the case is about; logged with the cases they name.
   */
  @Audited("TRANSFER_LIST")
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR})
  public TransferSheet.Page incoming(Integer page, Integer size) {
    JurisdictionCode where = receiverJurisdiction();
    if (where == null) {
      return new TransferSheet.Page(List.of(), 0);
    }
    int p = page == null || page < 0 ? 0 : page;
    int s = size == null || size < 1 ? 20 : Math.min(size, 100);
    List<TransferSheet> items =
        transfers.pendingTo(where.value(), p * s, s).stream()
            .map(t -> sheet(t, preview(cases.findAnywhere(t.caseId()).orElseThrow())))
            .toList();
    accessLog.record("TRANSFER_LIST", items.stream().map(TransferSheet::caseId).toList(), null);
    return new TransferSheet.Page(items, transfers.countPendingTo(where.value()));
  }

  /**
   * The receiver accepts or rejects (a transfer not hers is 404); see {@link CaseTransfer#decide}.
   */
  @Audited("TRANSFER_DECISION")
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR})
  public TransferSheet decide(@Audited.RecordId String id, TransferCommands.Decision d) {
    JurisdictionCode where = receiverJurisdiction();
    CaseTransfer t =
        transfers
            .lock(id)
            .filter(found -> found.receivedBy(user.actor(), where))
            .orElseThrow(() -> new NotFoundException("transfer", id));
    commands.check(d);
    Case c =
        cases.findAnywhere(t.caseId()).orElseThrow(() -> new NotFoundException("transfer", id));
    Instant now = Instant.now();
    t.decide(d.accept(), d.reason(), c, user.actor(), now);
    cases.store(c);
    String action =
        t.status() == CaseTransfer.Status.ACCEPTED ? "TRANSFER_ACCEPTED" : "TRANSFER_REJECTED";
    accessLog.record(action, List.of(c.id(), t.id()), c.jurisdiction().value());
    return sheet(t, null);
  }

  /** A director's community or a supervisor's street; null for anything wider or none. */
  private JurisdictionCode receiverJurisdiction() {
    return user.jurisdiction().filter(j -> j.level() != JurisdictionLevel.DISTRICT).orElse(null);
  }

  static TransferSheet.Preview preview(Case c) {
    return new TransferSheet.Preview(
        c.caseNumber().value(),
        c.kind().name(),
        c.report().category().map(Enum::name).orElse(null),
        c.report().urgent(),
        c.report().summary(),
        c.report().receivedAt());
  }

  static TransferSheet sheet(CaseTransfer t, TransferSheet.Preview preview) {
    return new TransferSheet(
        t.id(),
        t.caseId(),
        t.from().value(),
        t.to().value(),
        t.status().name(),
        t.reason(),
        t.requestedBy(),
        t.requestedAt(),
        t.decidedBy().orElse(null),
        t.decidedAt().orElse(null),
        t.decisionReason().orElse(null),
        preview);
  }
}
