package org.shouhu.casework.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseFilter;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.CaseScope;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;

/**
 * Reading cases, always within the caller's scope (a case outside it does not exist for her), and
 * always into the access log: a read names the case, a search the cases it returned.
 */
@Stateless
public class CaseQueries {

  @Inject CurrentUser user;
  @Inject CaseRepository cases;
  @Inject AccessLog accessLog;

  /** A page of cases and the total that match. */
  public record Page(List<Case> items, long total) {}

  public Case get(String caseId) {
    return read(caseId, "READ");
  }

  /** Reads the case and shows its ID and phone numbers unmasked: an action of its own. */
  public Case reveal(String caseId) {
    return read(caseId, "REVEAL");
  }

  private Case read(String caseId, String action) {
    Case aCase = visible(caseId);
    accessLog.record(action, List.of(aCase.id()), aCase.jurisdiction().value());
    return aCase;
  }

  /** 404 unless the case exists within the caller's scope; reads nothing for her. */
  public void requireVisible(String caseId) {
    visible(caseId);
  }

  private Case visible(String caseId) {
    return cases.find(caseId, scope()).orElseThrow(() -> new NotFoundException("case", caseId));
  }

  /**
   * Break-glass (DOMAIN.md §4): a child director or street supervisor reads a case outside her
   * scope after giving a reason; the access is flagged for the auditors and the case's own
   * supervisor.
   */
  public Case breakGlass(String caseId, String reason) {
    if (!user.has(Role.CHILD_DIRECTOR) && !user.has(Role.CHILD_SUPERVISOR)) {
      throw new AccessDeniedException("case.breakGlass.role");
    }
    Case aCase =
        cases.findAnywhere(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "validation.required");
    }
    accessLog.breakGlass(aCase.id(), aCase.jurisdiction().value(), reason.strip());
    return aCase;
  }

  public Page search(CaseFilter filter, int page, int size) {
    return new Page(list(filter, page, size), count(filter));
  }

  /** One page of the matching cases (logged with the cases it returned), without the total. */
  public List<Case> list(CaseFilter filter, int page, int size) {
    List<Case> items = cases.search(filter, scope(), page, size);
    accessLog.record("SEARCH", items.stream().map(Case::id).toList(), null);
    return items;
  }

  /** How many cases match within the caller's scope (a count names no record). */
  public long count(CaseFilter filter) {
    return cases.count(filter, scope());
  }

  /** The caller sees cases only through legal-aid referrals: the reporter is withheld. */
  public boolean seesLegalAidViewOnly() {
    return scope().legalAidOnly();
  }

  private CaseScope scope() {
    return CaseScopes.of(user);
  }
}
