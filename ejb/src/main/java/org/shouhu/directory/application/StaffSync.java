package org.shouhu.directory.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.UnavailableException;

/**
 * Keeps the staff directory in step with Keycloak: shortly after start, then every five minutes. A
 * failure (Keycloak down) is logged and the directory keeps its last state.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@RunAs(CurrentUser.SYSTEM)
@DeclareRoles(CurrentUser.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll // who may trigger it is decided by the caller (the REST resource: admin)
public class StaffSync {

  private static final Logger LOG = Logger.getLogger(StaffSync.class.getName());

  @Resource TimerService timers;
  @Inject StaffDirectory directory;
  @Inject StaffSource source;
  @Inject CurrentUser user;

  @PostConstruct
  void soonAfterStart() {
    timers.createSingleActionTimer(3_000, new TimerConfig(null, false));
  }

  @Timeout
  void afterStart() {
    sync();
  }

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  void everyFiveMinutes() {
    sync();
  }

  /**
   * Synchronises now, for an admin who asked; one sync at a time on this server (the singleton's
   * lock), so that the timer and the admin never insert the same new member twice.
   */
  public StaffDirectory.SyncResult syncNow() {
    List<StaffSource.Person> people;
    try {
      people = source.fetch(); // outside any transaction: Keycloak may be slow
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Keycloak could not be read for the staff directory", e);
      throw new UnavailableException("staff.syncFailed");
    }
    return directory.apply(people);
  }

  private void sync() {
    user.system(CurrentUser.SYSTEM);
    try {
      StaffDirectory.SyncResult result = syncNow();
      LOG.fine(() -> "Staff directory synchronised: " + result);
    } catch (RuntimeException e) {
      LOG.warning("The staff directory keeps its last state until the next sync: " + e);
    }
  }
}
