package org.shouhu.casework.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.Deadline;
import org.shouhu.directory.application.StaffDirectory;
import org.shouhu.shared.application.Mail;
import org.shouhu.shared.application.MailQueue;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.Beijing;

/**
 * Telling the people responsible for a case that it needs them: the supervisors of its street, or
 * the district's caseworkers when the street has none (DOMAIN.md §2: missed deadlines escalate to
 * the supervisor). Mail names the case number and links to the case — no personal data — in each
 * recipient's language; it is queued in the caller's transaction and logged as NOTIFY.
 */
@Stateless
public class Escalations {

  private static final Logger LOG = Logger.getLogger(Escalations.class.getName());
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);

  @Inject StaffDirectory staff;
  @Inject MailQueue mail;
  @Inject AccessLog accessLog;

  @Inject
  @ConfigProperty(name = "shouhu.public-url", defaultValue = "http://127.0.0.1:8080/shouhu")
  String publicUrl;

  /** Whether anyone responsible for the case can be reached by mail. */
  public boolean canReach(Case c) {
    return !staff.responsibleFor(c.jurisdiction()).isEmpty();
  }

  /** An urgent child-protection report: its street supervisor hears of it at once. */
  public void urgentReport(Case c) {
    Deadline first = c.deadlines().stream().filter(Deadline::isOpen).findFirst().orElse(null);
    tell(c, "URGENT_REPORT", "mail.urgent", first == null ? null : first.dueAt());
  }

  /** A deadline passed unmet. */
  public void overdue(Deadline deadline) {
    Case c = deadline.owner();
    tell(c, "OVERDUE", "mail.overdue", deadline.dueAt(), deadline.name());
  }

  /** An intake elsewhere named the subject of this open case. */
  public void possibleDuplicate(Case c) {
    tell(c, "POSSIBLE_DUPLICATE", "mail.duplicate", null);
  }

  /**
   * Something on the case awaits their review at once — an assessment found a high risk: {@code
   * whatKey} names it (a message key, shown in each recipient's language).
   */
  public void awaitingReview(Case c, String whatKey) {
    tell(c, "REVIEW", "mail.review", null, language -> Messages.get(language, whatKey));
  }

  /** Someone outside the case's scope read it by break-glass: its supervisor hears who. */
  public void brokenGlass(Case c, String reader) {
    tell(c, "BREAK_GLASS", "mail.breakGlass", null, language -> reader);
  }

  private void tell(Case c, String reason, String text, Instant due, String deadline) {
    tell(
        c, reason, text, due, language -> deadline == null ? "" : deadlineName(language, deadline));
  }

  private void tell(Case c, String reason, String text, Instant due) {
    tell(c, reason, text, due, language -> "");
  }

  /** Arguments of the texts: {0} name, {1} case number, {2} due, {3} link, {4} {@code detail}. */
  private void tell(
      Case c, String reason, String text, Instant due, Function<Locale, String> detail) {
    List<StaffDirectory.Recipient> recipients = staff.responsibleFor(c.jurisdiction());
    if (recipients.isEmpty()) {
      LOG.severe(
          () ->
              "Nobody to tell about case "
                  + c.caseNumber().value()
                  + " ("
                  + reason
                  + "): its street has no supervisor and its district no caseworker with an"
                  + " e-mail address in the staff directory");
      return;
    }
    for (StaffDirectory.Recipient r : recipients) {
      Locale language = r.language();
      Object[] arguments = {
        r.displayName(),
        c.caseNumber().value(),
        due == null ? "" : when(due),
        publicUrl + "/case.xhtml?id=" + c.id(),
        detail.apply(language)
      };
      mail.queue(
          new Mail(
              r.email(),
              Messages.get(language, text + ".subject", arguments),
              Messages.get(language, text + ".body", arguments),
              reason,
              c.id()));
    }
    accessLog.record("NOTIFY", List.of(c.id()), c.jurisdiction().value());
  }

  /**
   * {@code 2026-12-07 24:00} for a deadline that ends with a day, else {@code 2026-11-29 02:32}.
   */
  static String when(Instant due) {
    return Beijing.endingDay(due).map(day -> day + " 24:00").orElseGet(() -> WHEN.format(due));
  }

  /** The deadline's name in {@code language}; an admin's own rule keeps the name she gave it. */
  static String deadlineName(Locale language, String name) {
    ResourceBundle bundle = Messages.bundle(language);
    String key = "deadline." + name;
    return bundle.containsKey(key) ? bundle.getString(key) : name;
  }
}
