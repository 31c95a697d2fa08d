package org.shouhu.casework.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.casework.application.WorkingCalendarAdmin;
import org.shouhu.casework.domain.CalendarDay;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.infrastructure.ConfigFiles;

/**
 * At start, fills in the years of the working-day calendar that the database has no day of (last
 * year, this year, next year) from {@code config/calendar/<year>.tsv} — bundled, or in the folder
 * {@code shouhu.calendar.dir} (environment {@code SHOUHU_CALENDAR_DIR}). A year that has days (the
 * admin's, or another server's a moment ago) is left as it is; each year is seeded in a transaction
 * of its own, and a failure is logged, never a reason not to start.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CalendarSeeder {

  private static final Logger LOG = Logger.getLogger(CalendarSeeder.class.getName());

  @Inject WorkingCalendarAdmin admin;

  @Inject
  @ConfigProperty(name = "shouhu.calendar.dir")
  Optional<String> dir;

  @PostConstruct
  void seedMissingYears() {
    int thisYear = LocalDate.now(Beijing.ZONE).getYear();
    for (int year = thisYear - 1; year <= thisYear + 1; year++) {
      int y = year;
      try {
        Optional<List<String>> lines = file(y);
        if (lines.isEmpty()) {
          LOG.info(
              () ->
                  "No calendar file for "
                      + y
                      + ": unless the admin enters its holidays (PUT /api/v1/calendar/"
                      + y
                      + "), working days that year count Monday to Friday only");
          continue;
        }
        List<CalendarDay> days = CalendarDay.parse(lines.get());
        if (admin.seed(y, days)) {
          LOG.info(() -> "Loaded the calendar of " + y + ": " + days.size() + " days");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The calendar of " + y + " was not seeded by this server", e);
      }
    }
  }

  private Optional<List<String>> file(int year) {
    if (dir.isPresent() && !dir.get().isBlank()) {
      Path file = Path.of(dir.get(), year + ".tsv");
      return Files.exists(file)
          ? ConfigFiles.lines(Optional.of(file.toString()), "")
          : Optional.empty();
    }
    return ConfigFiles.lines(Optional.empty(), "/calendar/" + year + ".tsv");
  }
}
