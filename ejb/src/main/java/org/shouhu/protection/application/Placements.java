package org.shouhu.protection.application;

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
import org.shouhu.protection.domain.Placement;
import org.shouhu.protection.domain.PlacementRepository;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Role;

/**
 * Recording where a case's child is placed (API.md "Child protection"): temporary guardianship by
 * civil affairs, kinship, foster, institution, medical — by the case's handlers while it is open.
 */
@Stateless
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
public class Placements {

  @Inject CurrentUser user;
  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject PlacementRepository placements;
  @Inject Commands commands;
  @Inject AccessLog accessLog;

  @Audited("PLACEMENT")
  public ProtectionSheets.PlacementSheet record(
      @Audited.RecordId CaseId id, ProtectionCommands.PlacementRecord record) {
    Case c = access.open(id).aCase();
    commands.check(record);
    Placement p =
        Placement.record(
            c,
            record.placed(),
            record.place(),
            record.fromDay(),
            record.toDay(),
            record.decidedBy(),
            user.actor(),
            Instant.now());
    placements.store(p);
    cases.store(c);
    accessLog.record("PLACEMENT", List.of(c.id(), p.id()), c.jurisdiction().value());
    return ProtectionSheets.placement(p, true);
  }
}
