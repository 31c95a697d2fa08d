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
import org.shouhu.directory.application.StaffDirectory;
import org.shouhu.protection.domain.PlanAction;
import org.shouhu.protection.domain.PlanActionRepository;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;

/**
 * The case plan (API.md "Child protection"): actions with an owner — a member of staff who may be
 * given the case — and a due date, each a {@code PLAN_ACTION} deadline until done or dropped. By
 * the case's handlers, while it is open.
 */
@Stateless
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
public class CasePlan {

  @Inject CurrentUser user;
  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject PlanActionRepository actions;
  @Inject StaffDirectory staff;
  @Inject Commands commands;
  @Inject AccessLog accessLog;

  @Audited("PLAN_ACTION")
  public ProtectionSheets.PlanActionSheet add(
      @Audited.RecordId CaseId id, ProtectionCommands.PlanActionRecord record) {
    Case c = access.open(id).aCase();
    commands.check(record);
    String owner = record.owner().strip();
    if (staff.assignableFor(c.jurisdiction()).stream().noneMatch(m -> m.username().equals(owner))) {
      throw InvalidInputException.of("owner", "planAction.unknownOwner");
    }
    PlanAction a =
        PlanAction.add(
            c, record.typed(), owner, record.due(), record.notes(), user.actor(), Instant.now());
    actions.store(a);
    cases.store(c);
    accessLog.record("PLAN_ACTION", List.of(c.id(), a.id()), c.jurisdiction().value());
    return ProtectionSheets.planAction(a);
  }

  @Audited("PLAN_ACTION_STATUS")
  public ProtectionSheets.PlanActionSheet change(
      @Audited.RecordId CaseId id, String actionId, ProtectionCommands.PlanActionChange change) {
    Case c = access.open(id).aCase();
    PlanAction a =
        actions
            .find(c.id(), actionId == null ? "" : actionId)
            .orElseThrow(() -> new NotFoundException("planAction", actionId));
    commands.check(change);
    a.change(c, change.to(), change.note(), user.actor(), Instant.now());
    actions.store(a);
    cases.store(c);
    accessLog.record("PLAN_ACTION_STATUS", List.of(c.id(), a.id()), c.jurisdiction().value());
    return ProtectionSheets.planAction(a);
  }
}
