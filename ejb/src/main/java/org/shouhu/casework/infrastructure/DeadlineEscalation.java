package org.shouhu.casework.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The mark that a deadline's escalation was queued (written by {@code INSERT IGNORE}). */
@Entity
@Table(name = "deadline_escalation")
public class DeadlineEscalation {

  @Id
  @Column(name = "deadline_id", length = 36)
  private String deadlineId;

  @Column(name = "escalated_at", nullable = false)
  private Instant escalatedAt;

  protected DeadlineEscalation() {}
}
