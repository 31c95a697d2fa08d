package org.shouhu.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Label;

/**
 * A pending request to close a case: who asked, when, and why. Closing needs approval (DOMAIN.md
 * §2): a request is filed from FOLLOW_UP, or from ASSESSMENT when the assessment found no need to
 * act, with a reason, one at a time; a street supervisor or a district caseworker who did not ask
 * decides it, giving a reason when she rejects it.
 */
@Embeddable
public class ClosureRequest {

  @Column(name = "closure_requested_by", length = 255)
  private String requestedBy;

  @Column(name = "closure_requested_at")
  private Instant requestedAt;

  @Column(name = "closure_reason", length = 4000)
  private String reason;

  protected ClosureRequest() {}

  private ClosureRequest(String requestedBy, Instant requestedAt, String reason) {
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.reason = reason;
  }

  /** A request on a case in {@code status} that has {@code pending} (or null) already. */
  static ClosureRequest file(
      CaseStatus status, ClosureRequest pending, String reason, String by, Instant now) {
    if (!status.allowsClosureRequest()) {
      throw InvalidInputException.of(
          "status", "case.closure.notFromStatus", Label.of("status", status));
    }
    if (pending != null) {
      throw InvalidInputException.of("reason", "case.closure.alreadyRequested");
    }
    Case.requireReason(reason);
    return new ClosureRequest(by, now, reason);
  }

  /** Checks a decision on {@code pending} (or null: nothing to decide). */
  static void checkDecision(ClosureRequest pending, boolean approve, String reason) {
    if (pending == null) {
      throw InvalidInputException.of("approve", "case.closure.nothingPending");
    }
    if (!approve) {
      Case.requireReason(reason);
    }
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String reason() {
    return reason;
  }
}
