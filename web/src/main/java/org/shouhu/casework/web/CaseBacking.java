package org.shouhu.casework.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.shouhu.casework.application.CaseQueries;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.Deadline;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.web.ShellBacking;
import org.shouhu.shared.web.UiText;
import org.shouhu.shared.web.UserSession;

/**
 * The case page ({@code case.xhtml?id=…}, the link in every mail about a case): what the case is,
 * where it stands, and its deadlines with how long is left or how late they are. Reading it is
 * logged like any read; a case outside the user's scope is "not found".
 */
@Named("casePage")
@RequestScoped
public class CaseBacking {

  @Inject CaseQueries queries;
  @Inject UiText text;
  @Inject ShellBacking shell;
  @Inject UserSession session;

  private String id;
  private Case aCase;
  private final Instant now = Instant.now();

  /** A deadline as the page shows it. */
  public record DeadlineRow(String name, String dueAt, String state, String style) {}

  public void load() {
    if (id != null && !id.isBlank()) {
      aCase = queries.get(id.strip());
    }
  }

  public boolean isFound() {
    return aCase != null;
  }

  public Case getShown() {
    return aCase;
  }

  public String when(Instant instant) {
    return instant == null ? "" : shell.format(instant);
  }

  public List<DeadlineRow> getDeadlines() {
    return aCase.deadlines().stream().map(this::row).toList();
  }

  private DeadlineRow row(Deadline d) {
    String key = "deadline." + d.name();
    String name = Messages.bundle(session.getLocale()).containsKey(key) ? text.of(key) : d.name();
    if (d.metAt().isPresent()) {
      return new DeadlineRow(
          name,
          shell.formatDue(d.dueAt()),
          text.format(
              d.metOnTime() ? "case.deadline.met" : "case.deadline.metLate", when(d.metAt().get())),
          "met");
    }
    if (d.lapsedAt().isPresent()) {
      return new DeadlineRow(
          name, shell.formatDue(d.dueAt()), text.of("case.deadline.lapsed"), "lapsed");
    }
    if (d.isOverdue(now)) {
      return new DeadlineRow(
          name,
          shell.formatDue(d.dueAt()),
          text.format("case.deadline.overdue", span(Duration.between(d.dueAt(), now))),
          "overdue");
    }
    return new DeadlineRow(
        name,
        shell.formatDue(d.dueAt()),
        text.format("case.deadline.left", span(Duration.between(now, d.dueAt()))),
        "open");
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

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
