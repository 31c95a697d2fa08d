package org.shouhu.casework.domain;

import java.util.List;

/** The days that differ from the Monday-to-Friday week, as the admin keeps them. */
public interface CalendarRepository {

  List<CalendarDay> all();

  /** The exceptions of {@code year}, in date order. */
  List<CalendarDay> year(int year);

  /** Replaces every exception of {@code year} with {@code days} (all of them in that year). */
  void replaceYear(int year, List<CalendarDay> days);
}
