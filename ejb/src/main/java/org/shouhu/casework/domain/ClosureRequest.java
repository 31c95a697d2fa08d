package org.shouhu.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A pending request to close a case: who asked, when, and why. */
@Embeddable
public class ClosureRequest {

  @Column(name = "closure_requested_by", length = 255)
  private String requestedBy;

  @Column(name = "closure_requested_at")
  private Instant requestedAt;

  @Column(name = "closure_reason", length = 4000)
  private String reason;

  protected ClosureRequest() {}

  ClosureRequest(String requestedBy, Instant requestedAt, String reason) {
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.reason = reason;
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
