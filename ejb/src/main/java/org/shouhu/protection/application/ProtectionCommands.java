package org.shouhu.protection.application;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.protection.domain.Assessment;
import org.shouhu.protection.domain.Placement;
import org.shouhu.protection.domain.PlanAction;
import org.shouhu.protection.domain.SafetyPlan;
import org.shouhu.shared.application.validation.Date;
import org.shouhu.shared.application.validation.DateTime;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.application.validation.Values;

/** What protective work is asked to record (API.md "Child protection"), with its constraints. */
public final class ProtectionCommands {

  /** The longest note or reason, in characters. */
  public static final int TEXT_MAX = 4000;

  private ProtectionCommands() {}

  /** The police were notified: when, which station, their reference. */
  public record PoliceNotice(
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String notifiedAt,
      @Schema(required = true, maxLength = 200) @Required @Text(max = 200) String station,
      @Schema(maxLength = 100) @Text(max = 100) String reference) {

    public Instant at() {
      return Values.instant(notifiedAt);
    }
  }

  /**
   * An assessment: the instrument's code, an answer per item ({@code true}/{@code false}); for
   * domestic violence the safety plan made with her (extension).
   */
  public record Submission(
      @Schema(required = true, maxLength = 40) @Required @Text(max = 40) String instrument,
      @Schema(required = true) @Required Map<String, Object> answers,
      @Schema(maxLength = TEXT_MAX) @Text(max = TEXT_MAX) String notes,
      @Valid Plan safetyPlan) {}

  /** The safety plan: contacts, code word, where to go, papers ready. */
  public record Plan(
      @Schema(maxLength = 500) @Text(max = 500) String contacts,
      @Schema(maxLength = 100) @Text(max = 100) String codeWord,
      @Schema(maxLength = 500) @Text(max = 500) String whereToGo,
      Boolean documentsReady) {

    public SafetyPlan toPlan() {
      return new SafetyPlan(contacts, codeWord, whereToGo, documentsReady);
    }
  }

  /** A reviewer's decision; a returned assessment needs the reason. */
  @Schema(name = "AssessmentReview")
  public record Review(
      @Schema(implementation = Assessment.Decision.class, required = true)
          @Required
          @OneOf(Assessment.Decision.class)
          String decision,
      @Schema(maxLength = TEXT_MAX) @Text(max = TEXT_MAX) String reason) {

    public Assessment.Decision decided() {
      return Values.of(Assessment.Decision.class, decision);
    }
  }

  /** A placement: what kind, where, from and until (dates), decided by whom. */
  public record PlacementRecord(
      @Schema(implementation = Placement.Kind.class, required = true)
          @Required
          @OneOf(Placement.Kind.class)
          String kind,
      @Schema(required = true, maxLength = 500) @Required @Text(max = 500) String place,
      @Schema(
              type = SchemaType.STRING,
              examples = "2026-04-10",
              description = "A date, or a date-time, counted as its Beijing day",
              required = true)
          @Required
          @Date(orDateTime = true)
          String from,
      @Schema(
              type = SchemaType.STRING,
              examples = "2026-04-10",
              description = "A date, or a date-time, counted as its Beijing day")
          @Date(orDateTime = true)
          String to,
      @Schema(required = true, maxLength = 200) @Required @Text(max = 200) String decidedBy) {

    public Placement.Kind placed() {
      return Values.of(Placement.Kind.class, kind);
    }

    public LocalDate fromDay() {
      return Values.day(from);
    }

    public LocalDate toDay() {
      return Values.day(to);
    }
  }

  /** An action for the case plan. */
  public record PlanActionRecord(
      @Schema(implementation = PlanAction.Type.class, required = true)
          @Required
          @OneOf(PlanAction.Type.class)
          String type,
      @Schema(required = true, maxLength = 255) @Required @Text(max = 255) String owner,
      @Schema(type = SchemaType.STRING, format = "date", examples = "2026-04-10", required = true)
          @Required
          @Date
          String dueOn,
      @Schema(maxLength = TEXT_MAX) @Text(max = TEXT_MAX) String notes) {

    public PlanAction.Type typed() {
      return Values.of(PlanAction.Type.class, type);
    }

    public LocalDate due() {
      return Values.date(dueOn);
    }
  }

  /** A plan action done or dropped (a dropped one says why). */
  public record PlanActionChange(
      @Schema(implementation = PlanAction.Status.class, required = true)
          @Required
          @OneOf(PlanAction.Status.class)
          String status,
      @Schema(maxLength = TEXT_MAX) @Text(max = TEXT_MAX) String note) {

    public PlanAction.Status to() {
      return Values.of(PlanAction.Status.class, status);
    }
  }
}
