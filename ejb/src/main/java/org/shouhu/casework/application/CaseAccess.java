package org.shouhu.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.CaseScope;
import org.shouhu.casework.domain.Reader;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.NotFoundException;

/**
 * The one door to a case for the caller's use cases: loaded within her scope (out of scope is 404,
 * exactly like a case that does not exist), together with as whom she reads it. Other contexts that
 * work on a case (legal aid, and the case kinds) come in through here too.
 */
@ApplicationScoped
public class CaseAccess {

  @Inject CurrentUser user;
  @Inject CaseRepository cases;

  /** A case and as whom the caller reads it. */
  public record Opened(Case aCase, Reader reader) {}

  public Opened open(CaseId id) {
    CaseScope scope = scope();
    Case c = cases.find(id.value(), scope).orElseThrow(() -> notFound(id));
    return new Opened(c, scope.readerOf(c).orElseThrow(() -> notFound(id)));
  }

  /**
   * The case, by someone who saw it at {@code version}: a stale version is 409, checked after the
   * scope (404) and before anything else the request says (API.md's order).
   */
  public Opened open(CaseId id, Long version) {
    Opened opened = open(id);
    if (version == null) {
      throw InvalidInputException.of("version", "validation.required");
    }
    if (opened.aCase().version() != version) {
      throw new ConflictException("case.version.stale", version, opened.aCase().version());
    }
    return opened;
  }

  /** The caller's scope over cases. */
  public CaseScope scope() {
    return CaseScopes.of(user);
  }

  static NotFoundException notFound(CaseId id) {
    return new NotFoundException("case", id.value());
  }
}
