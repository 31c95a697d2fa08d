package org.shouhu.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.hotline.domain.Call;
import org.shouhu.hotline.domain.CallRepository;
import org.shouhu.intake.application.CaseReceived;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Label;
import org.shouhu.shared.domain.NotFoundException;

/**
 * A case made from a call ({@link CaseReceived#origin()}): in the intake's transaction, under the
 * call's row lock, the call is linked to the case — or the case is refused (and not opened) when
 * the call already is one (409), when it is not the caller's to turn (404), when the case came in
 * through another channel than the call's line, or is of a kind a call does not become (422).
 */
@ApplicationScoped
public class CallBecomesCase {

  /** What a hotline call becomes (API.md "Hotline calls"). */
  static final Set<CaseKind> KINDS =
      EnumSet.of(CaseKind.WOMENS_RIGHTS, CaseKind.DOMESTIC_VIOLENCE, CaseKind.CHILD_PROTECTION);

  @Inject Calls calls;
  @Inject CallRepository repository;
  @Inject AccessLog accessLog;

  void received(@Observes CaseReceived received) {
    if (received.origin() == null) {
      return;
    }
    Case c = received.aCase();
    Call call =
        repository
            .lock(received.origin(), calls.scope())
            .orElseThrow(() -> new NotFoundException("call", received.origin()));
    call.becameCase(c.id(), c.caseNumber().value());
    if (c.report().channel() != call.line().channel()) {
      throw InvalidInputException.of("channel", "call.case.channel", call.line().number());
    }
    if (!KINDS.contains(c.kind())) {
      throw InvalidInputException.of("kind", "call.case.kind", Label.all("kind", KINDS));
    }
    accessLog.record("CALL_CASE", List.of(call.id(), c.id()), c.jurisdiction().value());
  }
}
