package org.shouhu.protection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.web.CaseBacking;
import org.shouhu.protection.application.PoliceNotices;
import org.shouhu.protection.application.ProtectionCommands;
import org.shouhu.protection.application.ProtectionSheets;
import org.shouhu.shared.web.BeijingTime;

/**
 * The police part of a child-protection case page: whether the police must be told, when they were,
 * and the form that records a notification.
 */
@Named("police")
@ViewScoped
public class PoliceBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseBacking casePage;
  @Inject PoliceNotices notices;

  private String notifiedAt;
  private String station;
  private String reference;

  /** The police part, when the reader may see it (child protection only). */
  public ProtectionSheets.PoliceSheet getSheet() {
    return (ProtectionSheets.PoliceSheet) casePage.getShown().part("police").orElse(null);
  }

  public boolean isMayRecord() {
    return casePage.getShown().kind() == CaseKind.CHILD_PROTECTION
        && casePage.getShown().work().visit();
  }

  public void record() {
    casePage.perform(
        () ->
            notices.record(
                CaseId.of(casePage.getId()),
                new ProtectionCommands.PoliceNotice(
                    BeijingTime.toRfc3339(getNotifiedAt()), station, reference)),
        () -> {
          notifiedAt = null;
          station = null;
          reference = null;
        },
        "police.recorded");
  }

  public String getNotifiedAt() {
    if (notifiedAt == null) {
      notifiedAt = BeijingTime.nowToTheMinute();
    }
    return notifiedAt;
  }

  public void setNotifiedAt(String notifiedAt) {
    this.notifiedAt = notifiedAt;
  }

  public String getStation() {
    return station;
  }

  public void setStation(String station) {
    this.station = station;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }
}
