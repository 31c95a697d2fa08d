package org.shouhu.casework.application;

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
import org.shouhu.shared.application.FormCheck;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.InvalidInputException.FieldError;

/**
 * The admin keeps the working-day calendar a year at a time: the holidays and make-up working days
 * of the State Council's yearly arrangement. A change counts for deadlines started afterwards.
 */
@Stateless
public class WorkingCalendarAdmin {

  @Inject CalendarRepository calendar;
  @Inject AccessLog accessLog;
  @Inject Event<CalendarChanged> changed;

  /** Fired when a year changed; deadline policies reload the calendar after the commit. */
  public record CalendarChanged(int year) {}

  /** A day as the admin enters it. */
  public record Entry(String date, String kind, String label) {}

  public List<CalendarDay> year(int year) {
    checkYear(year);
    return calendar.year(year);
  }

  /** Replaces the year's days; every error is reported on its entry ({@code days[i].date}). */
  public List<CalendarDay> replaceYear(int year, List<Entry> entries) {
    checkYear(year);
    List<FieldError> errors = new ArrayList<>();
    List<CalendarDay> days = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      String at = "days[" + i + "].";
      LocalDate date = null;
      try {
        date = LocalDate.parse(e.date() == null ? "" : e.date().strip());
      } catch (RuntimeException ex) {
        errors.add(new FieldError(at + "date", "validation.date"));
      }
      if (date != null && date.getYear() != year) {
        errors.add(new FieldError(at + "date", "calendar.otherYear", String.valueOf(year)));
      } else if (date != null && !seen.add(date)) {
        errors.add(new FieldError(at + "date", "calendar.twice"));
      }
      CalendarDay.Kind kind = null;
      try {
        kind = CalendarDay.Kind.valueOf(e.kind() == null ? "" : e.kind().strip());
      } catch (IllegalArgumentException ex) {
        errors.add(
            new FieldError(
                at + "kind", "validation.enum", FormCheck.allowed(CalendarDay.Kind.values())));
      }
      if (e.label() != null && e.label().length() > 100) {
        errors.add(new FieldError(at + "label", "validation.tooLong", 100));
      }
      if (date != null && kind != null) {
        days.add(new CalendarDay(date, kind, e.label()));
      }
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
