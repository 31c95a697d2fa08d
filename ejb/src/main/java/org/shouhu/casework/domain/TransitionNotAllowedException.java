package org.shouhu.casework.domain;

import java.util.Set;
import java.util.stream.Collectors;
import org.shouhu.shared.domain.DomainException;

/** A move the lifecycle does not allow from the current status; names the ones it does (422). */
public class TransitionNotAllowedException extends DomainException {

  public TransitionNotAllowedException(CaseStatus from, CaseStatus to, Set<CaseStatus> allowed) {
    super(
        "case.transition.notAllowed",
        from.name(),
        to.name(),
        allowed.isEmpty()
            ? "—"
            : allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
  }
}
