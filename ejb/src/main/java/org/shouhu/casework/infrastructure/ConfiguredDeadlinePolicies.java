package org.shouhu.casework.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.casework.application.DeadlinePolicies;
import org.shouhu.casework.application.WorkingCalendarAdmin;
import org.shouhu.casework.domain.CalendarRepository;
import org.shouhu.casework.domain.DeadlinePolicy;
import org.shouhu.casework.domain.DeadlineRules;
import org.shouhu.casework.domain.WorkingCalendar;
import org.shouhu.shared.infrastructure.ConfigFiles;

/**
 * Deadline rules from {@code shouhu.deadline-rules.file} (environment {@code
 * SHOUHU_DEADLINE_RULES_FILE}) or the bundled {@code config/casework/deadline-rules.tsv}, read
 * once; the calendar from the database, kept for a minute (another server's change reaches this one
 * within it; this server's own at once).
 */
@ApplicationScoped
public class ConfiguredDeadlinePolicies implements DeadlinePolicies {

  static final String BUNDLED = "/casework/deadline-rules.tsv";
  private static final Duration CALENDAR_TTL = Duration.ofMinutes(1);

  @Inject
  @ConfigProperty(name = "shouhu.deadline-rules.file")
  Optional<String> file;

  @Inject CalendarRepository calendarDays;

  private volatile DeadlineRules rules;
  private volatile WorkingCalendar calendar;
  private volatile Instant calendarRead = Instant.EPOCH;

  @Override
  public DeadlinePolicy current() {
    DeadlineRules r = rules;
    if (r == null) {
      r =
          DeadlineRules.parse(
              ConfigFiles.lines(file, BUNDLED)
                  .orElseThrow(() -> new IllegalStateException("no deadline rules")));
      rules = r;
    }
    WorkingCalendar c = calendar;
    if (c == null || Instant.now().isAfter(calendarRead.plus(CALENDAR_TTL))) {
      c = new WorkingCalendar(calendarDays.all());
      calendar = c;
      calendarRead = Instant.now();
    }
    return new DeadlinePolicy(r, c);
  }

  /** The admin's change is committed: count with the new calendar from now on. */
  void calendarChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) WorkingCalendarAdmin.CalendarChanged e) {
    calendar = null;
  }
}
