package org.shouhu.casework.application;

import java.util.HashSet;
import java.util.Set;
import org.shouhu.casework.domain.CaseScope;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Role;

/**
 * The caller's scope over cases (DOMAIN.md §1), from her roles and the jurisdiction claim of her
 * token: a child director her community, a street supervisor her street, a caseworker the district,
 * a hotline operator the intakes she took (while at INTAKE), a legal-aid officer the cases of her
 * jurisdiction shared with legal aid, and the statistician, auditor and administrator no case.
 */
final class CaseScopes {

  private CaseScopes() {}

  static CaseScope of(CurrentUser user) {
    Set<String> prefixes = new HashSet<>();
    String legalAid = null;
    if (user.jurisdiction().isPresent()) {
      String node = user.jurisdiction().get().value();
      if (user.has(Role.CHILD_DIRECTOR)
          || user.has(Role.CHILD_SUPERVISOR)
          || user.has(Role.CASEWORKER)) {
        prefixes.add(node);
      }
      if (user.has(Role.LEGAL_AID_OFFICER)) {
        legalAid = node;
      }
    }
    return new CaseScope(
        prefixes, user.has(Role.HOTLINE_OPERATOR) ? user.username() : null, legalAid);
  }
}
