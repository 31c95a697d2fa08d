package org.shouhu.protection.domain;

import java.util.List;

/** The police notifications of cases. */
public interface PoliceNotificationRepository {

  /** A case's notifications, earliest first. */
  List<PoliceNotification> ofCase(String caseId);

  void store(PoliceNotification notification);
}
