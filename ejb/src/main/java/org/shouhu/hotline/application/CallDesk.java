package org.shouhu.hotline.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.shouhu.casework.application.CaseQueries;
import org.shouhu.casework.application.CaseSheet;
import org.shouhu.casework.application.CaseSheets;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.hotline.domain.Line;
import org.shouhu.intake.application.IdempotencyStore;
import org.shouhu.intake.application.IntakeDesk;
import org.shouhu.intake.application.IntakeForm;
import org.shouhu.intake.application.IntakeResult;

/**
 * Where calls are logged and turned into cases, for the REST API and the operator's page alike.
 * Outside any transaction, so that a retry whose idempotency key a concurrent request took waits
 * for that one's commit and answers as it did.
 */
@ApplicationScoped
public class CallDesk {

  @Inject Calls calls;
  @Inject IntakeDesk intakes;
  @Inject CaseQueries cases;

  /** Logs the call ({@code key} may be null; {@code request}: the request as canonical text). */
  public CallSheet log(CallForm form, String key, String request) {
    String hash = IntakeDesk.sha256(request);
    try {
      return calls.log(form, key, hash);
    } catch (IdempotencyStore.KeyTakenException e) {
      return IdempotencyStore.awaitFirstAnswer(() -> calls.replay(key, hash));
    }
  }

  /**
   * Turns the call into a case: the intake's channel is the line's (whatever the form said), and
   * the case is linked to the call in the intake's own transaction — at most one case per call.
   */
  public IntakeResult toCase(String callId, IntakeForm form) {
    Line line = calls.lineOfCallToBeCase(callId);
    IntakeForm intake =
        new IntakeForm(
            line.channel().name(),
            form.kind(),
            form.receivedAt(),
            form.jurisdiction(),
            form.urgent(),
            form.category(),
            form.summary(),
            form.reporter(),
            form.subject(),
            form.people(),
            form.police());
    IntakeResult taken = intakes.take(intake, null, intake.toString(), callId);
    // the answer shows the case with its parts, the call among them (API.md)
    CaseSheet sheet = cases.get(CaseId.of(taken.sheet().id()), CaseSheets.Depth.CASE);
    return new IntakeResult(sheet, taken.duplicates(), taken.duplicateElsewhere());
  }
}
