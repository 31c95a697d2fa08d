package org.shouhu.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.shouhu.casework.application.CaseSheets;
import org.shouhu.shared.application.Commands;

/**
 * Where every channel takes in a report (一门受理): the REST API and the intake page alike. It runs
 * outside any transaction, so that a request whose idempotency key a concurrent one took can wait
 * for that one's commit and answer as it did — the same case, never a second one.
 */
@ApplicationScoped
public class IntakeDesk {

  @Inject IntakeService intakes;
  @Inject CaseSheets sheets;
  @Inject Commands commands;

  /**
   * Checks the form, opens the case (or, for a key already used with the same request, gives the
   * first answer again). {@code key} may be null (no retry protection); {@code request} is the
   * request in a canonical text form: a retry with another request under the same key is 409.
   */
  public IntakeResult take(IntakeForm form, String key, String request) {
    return take(form, key, request, null);
  }

  /**
   * As {@link #take(IntakeForm, String, String)}, for a case made from another record ({@code
   * origin}: a hotline call's id), which its context links to the case.
   */
  public IntakeResult take(IntakeForm form, String key, String request, String origin) {
    IntakeCommand command = new IntakeAssembler(commands).assemble(form);
    String requestHash = sha256(request);
    IntakeService.Taken taken;
    try {
      taken = intakes.receive(command, key, requestHash, origin);
    } catch (IdempotencyStore.KeyTakenException e) {
      taken = IdempotencyStore.awaitFirstAnswer(() -> intakes.replay(key, requestHash));
    }
    // a case just opened has no part in another context yet: nothing to ask them
    return new IntakeResult(
        sheets.forCaller(taken.aCase(), CaseSheets.Depth.LIST),
        taken.duplicates(),
        taken.duplicateElsewhere());
  }

  /** The SHA-256 of {@code text} in hex: the hash an idempotency key keeps of its request. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
