package org.shouhu.casework.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shouhu.casework.application.CaseCommands;
import org.shouhu.casework.application.WorkingCalendarAdmin;
import org.shouhu.casework.domain.CalendarDay;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.rest.Bodies;
import org.shouhu.shared.rest.Times;

/**
 * {@code /api/v1/calendar/{year}}: the holidays and make-up working days that working-day deadlines
 * count with. Any authenticated user reads a year; the admin replaces it.
 */
@Path("/v1/calendar/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cases", description = "Cases: lifecycle, visits, files, deadlines (个案)")
public class CalendarResource {

  @Inject WorkingCalendarAdmin calendar;

  /** A year's days that differ from the Monday-to-Friday week. */
  public record YearView(int year, List<DayView> days) {}

  /** {@code kind}: HOLIDAY (off on a weekday) or WORKDAY (调休上班 on a weekend). */
  public record DayView(String date, String kind, String label) {}

  @GET
  @Operation(
      operationId = "getCalendarYear",
      summary = "Read a year's working calendar (查看工作日历)",
      description =
          "The year's holidays and make-up working days that working-day deadlines count with.")
  public YearView year(@PathParam("year") String year) {
    int y = parseYear(year);
    return view(y, calendar.year(y));
  }

  /**
   * Replaces the year: {@code {"days": [{"date": "2027-01-01", "kind": "HOLIDAY", "label":
   * "元旦"}]}}. Errors are reported per entry ({@code days[3].date}); nothing changes then.
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(
      operationId = "replaceCalendarYear",
      summary = "Replace a year's holidays and make-up working days (设置节假日)",
      description =
          "Admin only. Errors are reported per entry (days[3].date); nothing changes then.")
  public YearView replace(@PathParam("year") String year, CaseCommands.CalendarYear days) {
    int y = parseYear(year);
    return view(y, calendar.replaceYear(y, Bodies.required(days)));
  }

  private static int parseYear(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw InvalidInputException.of("year", "calendar.yearRange");
    }
  }

  private static YearView view(int year, List<CalendarDay> days) {
    return new YearView(
        year,
        days.stream()
            .map(d -> new DayView(Times.format(d.day()), d.kind().name(), d.label()))
            .toList());
  }
}
