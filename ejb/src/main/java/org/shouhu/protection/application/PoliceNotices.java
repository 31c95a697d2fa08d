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
import org.shouhu.protection.domain.PoliceNotice;
import org.shouhu.protection.domain.PoliceNotification;
import org.shouhu.protection.domain.PoliceNotificationRepository;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Role;

/**
 * Recording that the police were notified of a child-protection case (API.md "Child protection"):
 * by its handlers, while it is open; it meets the case's {@code POLICE_NOTICE} deadline.
 */
@Stateless
@RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
public class PoliceNotices {

  @Inject CurrentUser user;
  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject PoliceNotificationRepository notifications;
  @Inject Commands commands;
  @Inject AccessLog accessLog;

  @Audited("POLICE_NOTICE")
  public ProtectionSheets.PoliceSheet record(
      @Audited.RecordId CaseId id, ProtectionCommands.PoliceNotice notice) {
    Case c = access.open(id).aCase();
    commands.check(notice);
    c.permissions().requireWork(user.actor());
    notifications.store(
        PoliceNotification.record(
            c, notice.at(), notice.station(), notice.reference(), user.actor(), Instant.now()));
    cases.store(c);
    accessLog.record("POLICE_NOTICE", List.of(c.id()), c.jurisdiction().value());
    return ProtectionSheets.police(PoliceNotice.required(c), notifications.ofCase(c.id()));
  }
}
