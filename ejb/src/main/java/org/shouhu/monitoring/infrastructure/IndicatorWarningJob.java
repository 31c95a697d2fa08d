package org.shouhu.monitoring.infrastructure;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.directory.application.StaffDirectory;
import org.shouhu.monitoring.application.Indicators;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.Mail;
import org.shouhu.shared.application.MailQueue;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.Role;

/**
 * On the first of every month at 08:00, the statisticians are mailed the indicators of the year
 * that are off track or at risk (the plan's 预警), each in her language — nothing when none is. Runs
 * as a statistician: it reads what she reads.
 */
@Singleton
@RunAs(Role.Names.STATISTICIAN)
@DeclareRoles(Role.Names.STATISTICIAN)
@PermitAll
public class IndicatorWarningJob {

  private static final Logger LOG = Logger.getLogger(IndicatorWarningJob.class.getName());

  @Inject Indicators indicators;
  @Inject StaffDirectory staff;
  @Inject MailQueue mail;
  @Inject CurrentUser user;

  @Inject
  @ConfigProperty(name = "shouhu.public-url", defaultValue = "http://127.0.0.1:8080/shouhu")
  String publicUrl;

  @Schedule(
      dayOfMonth = "1",
      hour = "8",
      minute = "0",
      timezone = "Asia/Shanghai",
      persistent = false)
  void monthly() {
    try {
      warn(LocalDate.now(Beijing.ZONE).getYear());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The monthly indicator warning failed", e);
    }
  }

  /** Mails the year's warnings; how many statisticians were told. */
  int warn(int year) {
    user.system(CurrentUser.SYSTEM);
    int told = 0;
    for (StaffDirectory.Recipient to : staff.reachableWith(Role.STATISTICIAN)) {
      user.speaks(to.language());
      List<Indicators.Table> warnings = indicators.warnings(year);
      if (warnings.isEmpty()) {
        continue;
      }
      String lines =
          warnings.stream()
              .map(
                  t ->
                      "· "
                          + t.name()
                          + " — "
                          + Messages.get(to.language(), "indicatorStatus." + t.status())
                          + (t.statusRule() == null ? "" : "：" + t.statusRule()))
              .collect(Collectors.joining("\n"));
      Object[] arguments = {
        to.displayName(), Integer.toString(year), lines, publicUrl + "/indicators.xhtml"
      };
      mail.queue(
          new Mail(
              to.email(),
              Messages.get(
                  to.language(),
                  "mail.indicatorWarnings.subject",
                  Integer.toString(year),
                  Integer.toString(warnings.size())),
              Messages.get(to.language(), "mail.indicatorWarnings.body", arguments),
              "INDICATOR_WARNINGS",
              null));
      told++;
    }
    return told;
  }
}
