package org.shouhu.protection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import org.shouhu.casework.domain.Case;
import org.shouhu.intake.application.CaseReceived;
import org.shouhu.protection.domain.PoliceNotice;
import org.shouhu.protection.domain.PoliceNotification;
import org.shouhu.protection.domain.PoliceNotificationRepository;
import org.shouhu.shared.application.CurrentUser;

/**
 * A child-protection report came in: when the law expects the police at once, the case gets its
 * {@code POLICE_NOTICE} deadline, due when the report came in; a notification the intake already
 * names is recorded (and meets it). In the intake's transaction, as its author.
 */
@ApplicationScoped
public class PoliceNoticeAtIntake {

  @Inject CurrentUser user;
  @Inject PoliceNotificationRepository notifications;

  void received(@Observes CaseReceived received) {
    Case c = received.aCase();
    if (PoliceNotice.required(c)) {
      Instant due = c.report().receivedAt();
      c.track(PoliceNotice.DEADLINE, null, due, due);
    }
    if (received.police() != null) {
      notifications.store(
          PoliceNotification.record(
              c,
              received.police().notifiedAt(),
              received.police().station(),
              received.police().reference(),
              user.actor(),
              Instant.now()));
    }
  }
}
