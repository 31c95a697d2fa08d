package org.shouhu.casework.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.domain.BreakGlassQuota;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.Reader;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.domain.RateLimitedException;
import org.shouhu.shared.domain.Role;

/**
 * Break-glass (DOMAIN.md §4, API.md "Cases"): a child director or street supervisor who must read a
 * case outside her scope does so after giving a reason. The rules, in the order they are checked:
 * her role (403); at most {@code shouhu.break-glass.daily-limit} granted reads a day (429, and the
 * auditors see the refused attempt); a reason (422, whether or not the case exists); the case
 * exists (404); it really lies outside her scope (422: read it normally). She then sees the
 * break-glass view — never the reporter or a placement address; the access is flagged in the log
 * and the case's supervisor is told by mail and in her notices.
 */
@Stateless
public class BreakGlass {

  @Inject CurrentUser user;
  @Inject CaseRepository cases;
  @Inject CaseAccess access;
  @Inject BreakGlassQuota quota;
  @Inject AccessLog accessLog;
  @Inject Escalations escalations;
  @Inject CaseSheets sheets;
  @Inject Commands commands;

  @Inject
  @ConfigProperty(name = "shouhu.break-glass.daily-limit", defaultValue = "5")
  int dailyLimit;

  /** Reads the case; {@code reveal} shows its numbers in full too (logged as such). */
  @Audited("BREAK_GLASS")
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR})
  public CaseSheet read(@Audited.RecordId CaseId id, CaseCommands.BreakGlassRead read) {
    if (!user.has(Role.CHILD_DIRECTOR) && !user.has(Role.CHILD_SUPERVISOR)) {
      throw new AccessDeniedException("case.breakGlass.role");
    }
    Instant now = Instant.now();
    LocalDate today = Beijing.dateOf(now);
    if (quota.usedOn(user.username(), today) >= dailyLimit) {
      throw limitReached(now);
    }
    commands.check(read);
    Case c = cases.findAnywhere(id.value()).orElseThrow(() -> CaseAccess.notFound(id));
    if (access.scope().readerOf(c).isPresent()) {
      throw new DomainException("case.breakGlass.inScope");
    }
    if (!quota.take(user.username(), today, dailyLimit)) {
      throw limitReached(now);
    }
    accessLog.breakGlass(
        read.revealing() ? "BREAK_GLASS_REVEAL" : "BREAK_GLASS_READ",
        c.id(),
        c.jurisdiction().value(),
        read.reason().strip());
    escalations.brokenGlass(c, user.username());
    return sheets.of(c, Reader.BREAK_GLASS, read.revealing(), CaseSheets.Depth.CASE_WITH_TIMELINE);
  }

  private RateLimitedException limitReached(Instant now) {
    return new RateLimitedException(
        Beijing.untilMidnight(now), "case.breakGlass.limit", dailyLimit);
  }
}
