package org.shouhu.casework.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.shouhu.casework.application.IdempotencyStore;
import org.shouhu.casework.application.IntakeAssembler;
import org.shouhu.casework.application.IntakeCommand;
import org.shouhu.casework.application.IntakeResult;
import org.shouhu.casework.application.IntakeService;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.JsonInput;

/**
 * {@code POST /api/v1/intakes}: takes in a report or call (API.md "Intake"). With an {@code
 * Idempotency-Key} (per user, ≤ 64 characters) a retry of the same body answers as the first time
 * did and opens no second case; the same key with another body is 409.
 */
@Path("/v1/intakes")
public class IntakeResource {

  private static final int REPLAY_ATTEMPTS = 20;

  @Inject IntakeService intakes;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Role.Names.HOTLINE_OPERATOR,
    Role.Names.CHILD_DIRECTOR,
    Role.Names.CHILD_SUPERVISOR,
    Role.Names.CASEWORKER
  })
  public Response receive(@HeaderParam("Idempotency-Key") String key, String body) {
    if (key != null && (key.isBlank() || key.length() > 64)) {
      throw InvalidInputException.of("Idempotency-Key", "validation.idempotencyKey");
    }
    JsonInput json = JsonInput.parse(body);
    IntakeCommand command = IntakeAssembler.assemble(IntakeJson.read(json), Instant.now());
    String hash = sha256(json.canonical());
    IntakeResult result;
    try {
      result = intakes.receive(command, key, hash);
    } catch (IdempotencyStore.KeyTakenException e) {
      result = replay(key, hash);
    }
    CaseView view =
        CaseView.of(result.aCase(), false)
            .withDuplicates(result.duplicates(), result.duplicateElsewhere());
    return Response.created(
            uri.getBaseUriBuilder().path("v1/cases/{id}").build(result.aCase().id()))
        .entity(view)
        .build();
  }

  /** The concurrent request that took the key may still be committing: wait for its answer. */
  private IntakeResult replay(String key, String hash) {
    for (int attempt = 1; ; attempt++) {
      try {
        return intakes.replay(key, hash);
      } catch (ConflictException e) {
        if (!e.messageKey().equals("intake.idempotency.inProgress") || attempt == REPLAY_ATTEMPTS) {
          throw e;
        }
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
