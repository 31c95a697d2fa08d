package org.shouhu.casework.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.casework.domain.CalendarDay;
import org.shouhu.casework.domain.CalendarRepository;
import org.shouhu.casework.domain.Period;
import org.shouhu.shared.infrastructure.ConfigFiles;

/**
 * At start, fills in the years of the working-day calendar that the database has no day of (last
 * year, this year, next year) from {@code config/calendar/<year>.tsv} — bundled, or in the folder
 * {@code shouhu.calendar.dir} (environment {@code SHOUHU_CALENDAR_DIR}). A year the admin has
 * edited is never overwritten.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class CalendarSeeder {

  private static final Logger LOG = Logger.getLogger(CalendarSeeder.class.getName());

  @Inject CalendarRepository calendar;

  @Inject
  @ConfigProperty(name = "shouhu.calendar.dir")
  Optional<String> dir;

  @PostConstruct
  void seedMissingYears() {
    int thisYear = LocalDate.now(Period.ZONE).getYear();
    for (int year = thisYear - 1; year <= thisYear + 1; year++) {
      if (!calendar.year(year).isEmpty()) {
        continue;
      }
      int y = year;
      Optional<List<String>> lines;
      if (dir.isPresent() && !dir.get().isBlank()) {
        Path file = Path.of(dir.get(), y + ".tsv");
        lines =
            Files.exists(file)
                ? ConfigFiles.lines(Optional.of(file.toString()), "")
                : Optional.empty();
      } else {
        lines = ConfigFiles.lines(Optional.empty(), "/calendar/" + y + ".tsv");
      }
      if (lines.isEmpty()) {
        LOG.warning(
            () ->
                "No calendar for "
                    + y
                    + ": working days that year count Monday to Friday only until the admin"
                    + " enters its holidays (PUT /api/v1/calendar/"
                    + y
                    + ")");
        continue;
      }
      List<CalendarDay> days = CalendarDay.parse(lines.get());
      if (days.stream().anyMatch(d -> d.day().getYear() != y)) {
        throw new IllegalStateException(
            "the calendar file of " + y + " lists a day of another year");
      }
      calendar.replaceYear(y, days);
      LOG.info(() -> "Loaded the calendar of " + y + ": " + days.size() + " days");
    }
  }
}
