package org.shouhu.casework.domain;

import java.util.Set;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.domain.Label;

/** A move the lifecycle does not allow from the current status; names the ones it does (422). */
public class TransitionNotAllowedException extends DomainException {

  public TransitionNotAllowedException(CaseStatus from, CaseStatus to, Set<CaseStatus> allowed) {
    super(
        "case.transition.notAllowed",
        Label.of("status", from),
        Label.of("status", to),
        allowed.isEmpty() ? "—" : Label.all("status", allowed));
  }
}
