package org.shouhu.welfare.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.shouhu.casework.application.CasePartSource;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.Disclosure;
import org.shouhu.casework.domain.Reader;
import org.shouhu.welfare.domain.RehabClaim;
import org.shouhu.welfare.domain.RehabGrant;
import org.shouhu.welfare.domain.RehabRepository;

/** A rehabilitation case's grants with their claims, as its read model shows them. */
@ApplicationScoped
public class RehabGrantsPart implements CasePartSource {

  @Inject RehabRepository rehab;

  @Override
  public String name() {
    return "rehabGrants";
  }

  @Override
  public CasePart part() {
    return CasePart.REHAB_GRANTS;
  }

  @Override
  public List<RehabGrantSheet> read(Case c, Reader reader, Disclosure disclosure) {
    List<RehabGrant> grants = rehab.grantsOfCase(c.id());
    Map<String, List<RehabClaim>> claims =
        rehab.claimsOf(grants.stream().map(RehabGrant::id).toList());
    return grants.stream()
        .map(g -> RehabGrantSheet.of(g, claims.getOrDefault(g.id(), List.of())))
        .toList();
  }
}
