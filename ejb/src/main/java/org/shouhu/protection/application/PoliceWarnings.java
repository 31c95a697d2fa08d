package org.shouhu.protection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.application.CaseAccess;
import org.shouhu.casework.application.DeadlinePolicies;
import org.shouhu.casework.domain.AttachmentRepository;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.protection.domain.PoliceWarning;
import org.shouhu.protection.domain.PoliceWarningRepository;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;

/**
 * Recording a police written warning on a domestic-violence case (API.md "Kind-specific parts"),
 * with the case file that holds its scan; the follow-up visits of art. 17 start from it.
 */
@Stateless
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
public class PoliceWarnings {

  @Inject CurrentUser user;
  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject PoliceWarningRepository warnings;
  @Inject AttachmentRepository attachments;
  @Inject DeadlinePolicies deadlines;
  @Inject Commands commands;
  @Inject AccessLog accessLog;

  @Audited("WARNING")
  public OrderSheets.WarningSheet record(@Audited.RecordId CaseId id, OrderCommands.Warning w) {
    Case c = access.open(id).aCase();
    commands.check(w);
    String scan =
        w.attachment() == null || w.attachment().isBlank() ? null : w.attachment().strip();
    if (scan != null && attachments.find(c.id(), scan).filter(a -> !a.isWithdrawn()).isEmpty()) {
      throw InvalidInputException.of("attachment", "attachment.unknown");
    }
    PoliceWarning warning =
        PoliceWarning.record(
            c,
            w.issuedBy(),
            w.at(),
            w.number(),
            scan,
            user.actor(),
            Instant.now(),
            deadlines.current());
    warnings.store(warning);
    cases.store(c);
    accessLog.record("WARNING", List.of(c.id(), warning.id()), c.jurisdiction().value());
    return OrderSheets.warning(warning);
  }
}
