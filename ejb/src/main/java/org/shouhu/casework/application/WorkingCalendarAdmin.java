package org.shouhu.casework.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.domain.CalendarDay;
import org.shouhu.casework.domain.CalendarRepository;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.validation.Values;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.InvalidInputException.FieldError;
import org.shouhu.shared.domain.Role;

/**
 * The admin keeps the working-day calendar a year at a time: the holidays and make-up working days
 * of the State Council's yearly arrangement. A change counts for deadlines started afterwards.
 */
@Stateless
@PermitAll // reading the calendar and seeding it; replacing a year is the admin's
public class WorkingCalendarAdmin {

  @Inject CalendarRepository calendar;
  @Inject AccessLog accessLog;
  @Inject Event<CalendarChanged> changed;
  @Inject Commands commands;

  /** Fired when a year changed; deadline policies reload the calendar after the commit. */
  public record CalendarChanged(int year) {}

  public List<CalendarDay> year(int year) {
    checkYear(year);
    return calendar.year(year);
  }

  /**
   * Replaces the year's days; every error is reported on its entry ({@code days[i].date}), and
   * nothing changes then.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public List<CalendarDay> replaceYear(int year, CaseCommands.CalendarYear entries) {
    checkYear(year);
    List<FieldError> errors = new ArrayList<>(commands.violations(entries));
    List<CalendarDay> days = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    List<CaseCommands.CalendarEntry> given = entries.days() == null ? List.of() : entries.days();
    for (int i = 0; i < given.size(); i++) {
      CaseCommands.CalendarEntry e = given.get(i);
      if (e == null || !errors.isEmpty()) {
        continue; // what the constraints found is reported first
      }
      String at = "days[" + i + "].";
      LocalDate date = Values.date(e.date());
      if (date.getYear() != year) {
        errors.add(new FieldError(at + "date", "calendar.otherYear", String.valueOf(year)));
      } else if (!seen.add(date)) {
        errors.add(new FieldError(at + "date", "calendar.twice"));
      }
      days.add(new CalendarDay(date, Values.of(CalendarDay.Kind.class, e.kind()), e.label()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors, false);
    }
    calendar.replaceYear(year, days);
    changed.fire(new CalendarChanged(year));
    accessLog.record("CALENDAR_UPDATE", List.of("calendar:" + year), null);
    return calendar.year(year);
  }

  /**
   * Seeds a year from its configuration file unless it has days already (another server may have
   * seeded it a moment ago); in a transaction of its own.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean seed(int year, List<CalendarDay> days) {
    if (!calendar.year(year).isEmpty()) {
      return false;
    }
    if (days.stream().anyMatch(d -> d.day().getYear() != year)) {
      throw new IllegalArgumentException("the calendar file of " + year + " lists another year");
    }
    calendar.replaceYear(year, days);
    changed.fire(new CalendarChanged(year));
    return true;
  }

  private static void checkYear(int year) {
    if (year < 2000 || year > 2100) {
      throw InvalidInputException.of("year", "calendar.yearRange");
    }
  }
}
