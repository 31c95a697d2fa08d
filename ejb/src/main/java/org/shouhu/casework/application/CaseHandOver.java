package org.shouhu.casework.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseFilter;
import org.shouhu.casework.domain.CasePermissions;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.CaseScope;
import org.shouhu.directory.application.StaffDirectory;
import org.shouhu.directory.domain.StaffMember;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;

/**
 * Handing over a departing worker's cases at once (交接): a street supervisor or a district
 * caseworker gives every open case within her scope as a handler that is assigned to {@code from}
 * to {@code to}, whom each of those cases may be given to (its community's director, its street's
 * supervisor, its district's caseworkers: 422 on {@code to} otherwise, and nothing moves) — one
 * action, in the access log with every case it moved, and a {@code HANDED_OVER} event with the
 * reason on each case's timeline. Cases of {@code from} outside her scope, and closed ones, stay as
 * they are.
 */
@Stateless
public class CaseHandOver {

  /** How many cases are read at a time. */
  private static final int BATCH = 200;

  /** A hand-over as asked for. */
  public record Command(
      @Schema(required = true, maxLength = 255) @Required @Text(max = 255) String from,
      @Schema(required = true, maxLength = 255) @Required @Text(max = 255) String to,
      @Schema(maxLength = 2000) @Text(max = 2000) String reason) {}

  /** What moved. */
  @Schema(name = "HandOverResult")
  public record Result(String from, String to, int moved, List<String> cases) {}

  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject StaffDirectory staff;
  @Inject Commands commands;
  @Inject CurrentUser user;
  @Inject AccessLog accessLog;

  @Audited("HAND_OVER")
  @RolesAllowed({Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public Result handOver(Command command) {
    commands.check(command);
    String from = command.from().strip();
    String to = command.to().strip();
    if (from.equals(to)) {
      throw InvalidInputException.of("to", "handOver.same");
    }
    // as a handler only: not the intakes she took or the cases she reads for legal aid
    CaseScope scope = new CaseScope(access.scope().jurisdictionPrefixes(), null, null);
    CaseFilter filter =
        new CaseFilter(null, null, null, null, null, from, null, null, true, null, true);
    List<Case> found = new ArrayList<>();
    for (int page = 0; ; page++) { // all of them first: each one handed over leaves the filter
      List<Case> batch = cases.search(filter, scope, page, BATCH);
      found.addAll(batch);
      if (batch.size() < BATCH) {
        break;
      }
    }
    Map<String, Boolean> mayHave = new HashMap<>(); // by community
    for (Case c : found) {
      boolean may =
          mayHave.computeIfAbsent(
              c.jurisdiction().value(),
              community ->
                  staff.assignableFor(c.jurisdiction()).stream()
                      .anyMatch(m -> m.username().equals(to)));
      if (!may) {
        throw InvalidInputException.of("to", "handOver.notAssignable", to, c.caseNumber().value());
      }
    }
    if (found.isEmpty()
        && staff.all().stream()
            .filter(StaffMember::enabled)
            .noneMatch(
                m ->
                    m.username().equals(to)
                        && CasePermissions.worksCases(new Actor(m.username(), m.roles())))) {
      throw InvalidInputException.of("to", "handOver.unknownStaff", to);
    }
    Instant now = Instant.now();
    for (Case c : found) {
      c.handOver(to, command.reason(), user.actor(), now);
      cases.store(c);
    }
    List<String> ids = found.stream().map(Case::id).toList();
    accessLog.record("HAND_OVER", ids, null);
    return new Result(from, to, ids.size(), ids);
  }
}
