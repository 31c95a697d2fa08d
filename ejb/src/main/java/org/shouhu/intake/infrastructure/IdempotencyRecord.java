package org.shouhu.intake.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A used idempotency key: whose, the hash of the request, the case it opened, and when. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "username", nullable = false, length = 255)
  private String username;

  @Column(name = "idem_key", nullable = false, length = 64)
  private String key;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(name = "case_id", length = 36)
  private String caseId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotencyRecord() {}

  IdempotencyRecord(String id, String username, String key, String requestHash, Instant now) {
    this.id = id;
    this.username = username;
    this.key = key;
    this.requestHash = requestHash;
    this.createdAt = now;
  }

  String requestHash() {
    return requestHash;
  }

  String caseId() {
    return caseId;
  }

  Instant createdAt() {
    return createdAt;
  }

  void completedWith(String caseId) {
    this.caseId = caseId;
  }
}
