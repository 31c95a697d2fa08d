package org.shouhu.casework.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import org.shouhu.casework.application.CaseSheet;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.web.ShellBacking;
import org.shouhu.shared.web.UiText;
import org.shouhu.shared.web.UserSession;

/** A deadline in words: its name, when it is due, and how long is left or how late it is. */
@Named("deadlineText")
@RequestScoped
public class DeadlineText {

  @Inject UiText text;
  @Inject ShellBacking shell;
  @Inject UserSession session;

  /** A deadline as pages show it; {@code style} is met, lapsed, overdue or open. */
  public record Shown(String name, String dueAt, String state, String style) {
    public boolean overdue() {
      return style.equals("overdue");
    }
  }

  /** The deadline as of the moment its case was read (when {@code overdue} was decided). */
  public Shown of(CaseSheet.DeadlineSheet d) {
    String key = "deadline." + d.name();
    String name = Messages.bundle(session.getLocale()).containsKey(key) ? text.of(key) : d.name();
    String due = shell.formatDue(d.dueAt());
    Instant now = Instant.now();
    if (d.metAt() != null) {
      String when = shell.format(d.metAt());
      return new Shown(
          name,
          due,
          text.format(d.metOnTime() ? "case.deadline.met" : "case.deadline.metLate", when),
          "met");
    }
    if (d.lapsedAt() != null) {
      return new Shown(name, due, text.of("case.deadline.lapsed"), "lapsed");
    }
    if (d.overdue()) {
      return new Shown(
          name,
          due,
          text.format("case.deadline.overdue", span(Duration.between(d.dueAt(), now))),
          "overdue");
    }
    return new Shown(
        name,
        due,
        text.format("case.deadline.left", span(Duration.between(now, d.dueAt()))),
        "open");
  }

  /** How long is left until {@code due}, or how late it is: a countdown in words. */
  public String countdown(Instant due) {
    Instant now = Instant.now();
    return now.isAfter(due)
        ? text.format("case.deadline.overdue", span(Duration.between(due, now)))
        : text.format("case.deadline.left", span(Duration.between(now, due)));
  }

  /** "3 天 4 小时", "2 小时 5 分钟", "12 分钟". */
  private String span(Duration duration) {
    long minutes = Math.max(1, duration.toMinutes());
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    if (days > 0) {
      return text.formatAll("case.span.daysHours", days, hours);
    }
    if (hours > 0) {
      return text.formatAll("case.span.hoursMinutes", hours, minutes % 60);
    }
    return text.format("case.span.minutes", minutes);
  }
}
