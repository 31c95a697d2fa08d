package org.shouhu.casework.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseFilter;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.CaseScope;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.NotFoundException;

/** Reading cases, always within the caller's scope (a case outside it does not exist for her). */
@Stateless
public class CaseQueries {

  @Inject CurrentUser user;
  @Inject CaseRepository cases;

  /** A page of cases and the total that match. */
  public record Page(List<Case> items, long total) {}

  public Case get(String caseId) {
    Case aCase =
        cases.find(caseId, scope()).orElseThrow(() -> new NotFoundException("case", caseId));
    aCase.events().size(); // the timeline, loaded while the transaction is open
    return aCase;
  }

  public Page search(CaseFilter filter, int page, int size) {
    CaseScope scope = scope();
    return new Page(cases.search(filter, scope, page, size), cases.count(filter, scope));
  }

  /** The caller sees cases only through legal-aid referrals: the reporter is withheld. */
  public boolean seesLegalAidViewOnly() {
    return scope().legalAidOnly();
  }

  private CaseScope scope() {
    return CaseScopes.of(user);
  }
}
