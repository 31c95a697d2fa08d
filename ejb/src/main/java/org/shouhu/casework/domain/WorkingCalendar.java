package org.shouhu.casework.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which days are working days: Monday to Friday, except public holidays, plus the make-up working
 * days (调休上班) on weekends that the State Council's yearly arrangement declares. The admin keeps the
 * exceptions ({@link CalendarDay}); a day without one follows the week.
 */
public final class WorkingCalendar {

  private final Map<LocalDate, CalendarDay.Kind> exceptions = new TreeMap<>();

  public WorkingCalendar(Collection<CalendarDay> days) {
    days.forEach(d -> exceptions.put(d.day(), d.kind()));
  }

  /** Only the week: every Monday to Friday works. */
  public static WorkingCalendar weekOnly() {
    return new WorkingCalendar(List.of());
  }

  public boolean isWorkingDay(LocalDate day) {
    CalendarDay.Kind exception = exceptions.get(day);
    if (exception != null) {
      return exception == CalendarDay.Kind.WORKDAY;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The {@code n}-th working day after {@code from} ({@code from} itself is not counted). */
  public LocalDate plusWorkingDays(LocalDate from, int n) {
    LocalDate day = from;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
