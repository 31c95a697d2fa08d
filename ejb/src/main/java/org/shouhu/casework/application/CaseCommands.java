package org.shouhu.casework.application;

import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.casework.domain.CalendarDay;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.casework.domain.Visit;
import org.shouhu.shared.application.validation.Date;
import org.shouhu.shared.application.validation.DateTime;
import org.shouhu.shared.application.validation.OneOf;
import org.shouhu.shared.application.validation.Required;
import org.shouhu.shared.application.validation.Text;
import org.shouhu.shared.application.validation.Values;

/**
 * What a user asks of a case, from a page or the API (API.md "Cases"): records whose fields are as
 * the client sent them, with the constraints the use case checks once it knows the case is there
 * for the caller (404) and current (409) — API.md's order — and typed accessors for after.
 */
public final class CaseCommands {

  /** The longest free text of a case (reasons, notes). */
  public static final int TEXT_MAX = 4000;

  private CaseCommands() {}

  /** A move along the lifecycle. */
  public record Transition(
      @Schema(implementation = CaseStatus.class, required = true) @Required @OneOf(CaseStatus.class)
          String to,
      @Schema(maxLength = TEXT_MAX) @Text(max = TEXT_MAX) String reason,
      @Schema(maxLength = 1024) @Text(max = 1024) String referredTo,
      Long version) {

    public CaseStatus target() {
      return Values.of(CaseStatus.class, to);
    }
  }

  /** A closure request. */
  public record Closure(
      @Schema(maxLength = TEXT_MAX) @Text(max = TEXT_MAX) String reason, Long version) {}

  /** A decision on the pending closure request. */
  public record ClosureDecision(
      @Schema(required = true) @Required Boolean approve,
      @Schema(maxLength = TEXT_MAX) @Text(max = TEXT_MAX) String reason) {}

  /** Giving the case to a worker. */
  public record Assignment(
      @Schema(required = true, maxLength = 255) @Required @Text(max = 255) String assignee) {}

  /** A visit or contact. */
  public record VisitRecord(
      @Schema(
              type = SchemaType.STRING,
              format = "date-time",
              examples = "2026-11-28T10:15:00+08:00",
              description = "RFC 3339 with offset; not in the future",
              required = true)
          @Required
          @DateTime
          String visitedAt,
      @Schema(implementation = Visit.Mode.class, required = true) @Required @OneOf(Visit.Mode.class)
          String mode,
      @Schema(maxLength = 500) @Text(max = 500) String present,
      Boolean childSeenAlone,
      @Schema(examples = "孩子在家，精神状态良好，已与其单独交谈", maxLength = TEXT_MAX) @Text(max = TEXT_MAX)
          String notes,
      @Schema(type = SchemaType.STRING, format = "date", examples = "2026-04-10") @Date
          String nextVisitDue) {

    /** The visit as the case records it. */
    public Visit.Report report() {
      return new Visit.Report(
          Values.instant(visitedAt),
          Values.of(Visit.Mode.class, mode),
          present,
          childSeenAlone,
          notes,
          Values.date(nextVisitDue));
    }
  }

  /** A break-glass read: why, and whether the numbers are shown in full too. */
  public record BreakGlassRead(
      @Schema(required = true, maxLength = 500) @Required @Text(max = 500) String reason,
      Boolean reveal) {

    public boolean revealing() {
      return Boolean.TRUE.equals(reveal);
    }
  }

  /** A year of the working-day calendar, as the admin enters it. */
  public record CalendarYear(
      @Schema(required = true) @Required List<@Valid @Required CalendarEntry> days) {}

  /** A day that differs from the Monday-to-Friday week. */
  public record CalendarEntry(
      @Schema(type = SchemaType.STRING, format = "date", examples = "2026-04-10", required = true)
          @Required
          @Date
          String date,
      @Schema(implementation = CalendarDay.Kind.class, required = true)
          @Required
          @OneOf(CalendarDay.Kind.class)
          String kind,
      @Schema(examples = "国庆节", maxLength = 100) @Text(max = 100) String label) {}
}
