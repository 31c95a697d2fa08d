package org.shouhu.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;

/**
 * What was reported, as the intake took it in: through which channel, when it came in (which sets
 * the deadlines and the case number's year), the category, whether the person is in immediate
 * danger, the summary, who reported, and who took it in when. It never changes; a correction is a
 * new event.
 */
@Embeddable
public class Report {

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 32)
  private Channel channel;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 32)
  private CaseCategory category;

  @Column(name = "urgent", nullable = false)
  private boolean urgent;

  @Column(name = "summary", length = 4000)
  private String summary;

  @Embedded private Reporter reporter;

  @Column(name = "created_by", nullable = false, length = 255)
  private String takenBy;

  @Column(name = "created_at", nullable = false)
  private Instant takenAt;

  protected Report() {}

  Report(Intake intake, String takenBy, Instant takenAt) {
    this.takenBy = takenBy;
    this.takenAt = takenAt;
    this.channel = intake.channel();
    this.receivedAt = intake.receivedAt();
    this.category = intake.category();
    this.urgent = intake.urgent();
    this.summary = intake.summary();
    this.reporter = intake.reporter();
  }

  public Channel channel() {
    return channel;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Optional<CaseCategory> category() {
    return Optional.ofNullable(category);
  }

  /** The person is in immediate danger: deadlines are shorter. */
  public boolean urgent() {
    return urgent;
  }

  public String summary() {
    return summary;
  }

  public Optional<Reporter> reporter() {
    return Optional.ofNullable(reporter);
  }

  /** Who took the report in (the hotline operator, director, supervisor or caseworker). */
  public String takenBy() {
    return takenBy;
  }

  /** When it was typed in (not when it came in: {@link #receivedAt()}). */
  public Instant takenAt() {
    return takenAt;
  }
}
