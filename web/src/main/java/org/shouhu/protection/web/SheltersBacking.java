package org.shouhu.protection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.web.CaseBacking;
import org.shouhu.protection.application.ProtectionSheets;
import org.shouhu.protection.application.ShelterCommands;
import org.shouhu.protection.application.Shelters;
import org.shouhu.shared.web.BeijingTime;

/**
 * Emergency shelter on a domestic-violence case page: where she stays (the address for handlers
 * only), the shelters with their places free now, placing her, and the end of a stay.
 */
@Named("stays")
@ViewScoped
public class SheltersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseBacking casePage;
  @Inject Shelters shelters;

  private String shelter;
  private String from;
  private String endAt;
  private transient List<Shelters.ShelterRow> rows;

  @SuppressWarnings("unchecked")
  public List<ProtectionSheets.StaySheet> getListed() {
    return (List<ProtectionSheets.StaySheet>)
        casePage.getShown().part("shelterStays").orElse(List.of());
  }

  public boolean isMayWork() {
    return casePage.getShown().kind() == CaseKind.DOMESTIC_VIOLENCE
        && casePage.getShown().work().visit();
  }

  public boolean isShown() {
    return isMayWork() || !getListed().isEmpty();
  }

  /** The stay under way, if any. */
  public ProtectionSheets.StaySheet getCurrent() {
    return getListed().stream().filter(s -> s.until() == null).findFirst().orElse(null);
  }

  /** Every shelter with its occupancy now. */
  public List<Shelters.ShelterRow> getShelters() {
    if (rows == null) {
      rows = shelters.list();
    }
    return rows;
  }

  public void admit() {
    casePage.perform(
        () ->
            shelters.admit(
                CaseId.of(casePage.getId()),
                new ShelterCommands.StayRequest(shelter, BeijingTime.toRfc3339(getFrom()))),
        () -> {
          shelter = null;
          from = null;
          rows = null;
        },
        "shelter.admitted");
    rows = null; // a refusal when full shows the shelters as they now are
  }

  public void end() {
    casePage.perform(
        () ->
            shelters.end(
                CaseId.of(casePage.getId()),
                getCurrent().id(),
                new ShelterCommands.StayEnd(BeijingTime.toRfc3339(getEndAt()))),
        () -> {
          endAt = null;
          rows = null;
        },
        "shelter.ended");
  }

  public String getShelter() {
    return shelter;
  }

  public void setShelter(String shelter) {
    this.shelter = shelter;
  }

  public String getFrom() {
    if (from == null) {
      from = BeijingTime.nowToTheMinute();
    }
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getEndAt() {
    if (endAt == null) {
      endAt = BeijingTime.nowToTheMinute();
    }
    return endAt;
  }

  public void setEndAt(String endAt) {
    this.endAt = endAt;
  }
}
