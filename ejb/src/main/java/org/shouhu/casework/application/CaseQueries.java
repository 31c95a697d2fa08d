package org.shouhu.casework.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseFilter;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.CaseScope;
import org.shouhu.casework.domain.WhoSeesWhat;
import org.shouhu.shared.application.AccessRefused;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.domain.AccessDeniedException;

/**
 * Reading cases, always within the caller's scope (a case outside it does not exist for her),
 * always as the read model cuts them for her ({@link CaseSheets}), and always into the access log:
 * a read names the case, a search the cases it returned, a refusal what was asked.
 */
@Stateless
public class CaseQueries {

  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject CaseSheets sheets;
  @Inject AccessLog accessLog;
  @Inject Event<AccessRefused> refusals;

  /** A page of cases and the total that match. */
  public record Page(List<CaseSheet> items, long total) {}

  @Audited("READ")
  public CaseSheet get(@Audited.RecordId CaseId id, CaseSheets.Depth depth) {
    CaseAccess.Opened opened = access.open(id);
    logged("READ", opened.aCase());
    return sheets.of(opened.aCase(), opened.reader(), false, depth);
  }

  /**
   * Reads the case with its ID and phone numbers and addresses in full: an action of its own, for
   * those DOMAIN.md §4 lets reveal (403 for the others, before anything about the case is said).
   */
  @Audited("REVEAL")
  public CaseSheet reveal(@Audited.RecordId CaseId id, CaseSheets.Depth depth) {
    if (!access.scope().couldReveal()) {
      throw new AccessDeniedException("case.reveal.role");
    }
    CaseAccess.Opened opened = access.open(id);
    if (!WhoSeesWhat.mayReveal(opened.reader())) {
      throw new AccessDeniedException("case.reveal.role");
    }
    logged("REVEAL", opened.aCase());
    return sheets.of(opened.aCase(), opened.reader(), true, depth);
  }

  /** The timeline, oldest first, for those who see a case's notes (403 for the others). */
  @Audited("TIMELINE")
  public List<CaseSheet.EventSheet> timeline(@Audited.RecordId CaseId id) {
    if (!access.scope().couldSee(CasePart.CASE_NOTES)) {
      throw new AccessDeniedException("case.part.forbidden");
    }
    CaseAccess.Opened opened = access.open(id);
    if (!WhoSeesWhat.sees(opened.reader(), CasePart.CASE_NOTES)) {
      throw new AccessDeniedException("case.part.forbidden");
    }
    logged("READ", opened.aCase());
    return sheets
        .of(opened.aCase(), opened.reader(), false, CaseSheets.Depth.CASE_WITH_TIMELINE)
        .timeline();
  }

  /**
   * 404 unless the case exists within the caller's scope (a refused {@code action} is logged);
   * reads nothing for her. For adapters that must say "not found" before "malformed" (API.md).
   */
  public void requireVisible(CaseId id, String action) {
    if (cases.find(id.value(), access.scope()).isEmpty()) {
      refusals.fire(new AccessRefused(action, id.value(), "NOT_FOUND"));
      throw CaseAccess.notFound(id);
    }
  }

  @Audited("SEARCH")
  public Page search(CaseFilter filter, int page, int size) {
    return new Page(list(filter, page, size), count(filter));
  }

  /** One page of the matching cases (logged with the cases it returned), without the total. */
  @Audited("SEARCH")
  public List<CaseSheet> list(CaseFilter filter, int page, int size) {
    CaseScope scope = access.scope();
    List<Case> items = cases.search(filter, scope, page, size);
    accessLog.record("SEARCH", items.stream().map(Case::id).toList(), null);
    return items.stream()
        .map(c -> sheets.of(c, scope.readerOf(c).orElseThrow(), false, CaseSheets.Depth.LIST))
        .toList();
  }

  /** How many cases match within the caller's scope (a count names no record). */
  public long count(CaseFilter filter) {
    return cases.count(filter, access.scope());
  }

  private void logged(String action, Case c) {
    accessLog.record(action, List.of(c.id()), c.jurisdiction().value());
  }
}
