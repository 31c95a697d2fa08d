package org.shouhu.protection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.web.CaseBacking;
import org.shouhu.protection.application.Placements;
import org.shouhu.protection.application.ProtectionCommands;
import org.shouhu.protection.application.ProtectionSheets;
import org.shouhu.protection.domain.Placement;

/** The placements of a case page (where, for its handlers only) and the form for a new one. */
@Named("placementsPage")
@ViewScoped
public class PlacementBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseBacking casePage;
  @Inject Placements placements;

  private String kind = Placement.Kind.TEMPORARY_GUARDIANSHIP.name();
  private String place;
  private String from;
  private String to;
  private String decidedBy;

  @SuppressWarnings("unchecked")
  public List<ProtectionSheets.PlacementSheet> getListed() {
    return (List<ProtectionSheets.PlacementSheet>)
        casePage.getShown().part("placements").orElse(List.of());
  }

  public boolean isMayRecord() {
    return casePage.getShown().work().visit();
  }

  public List<Placement.Kind> getKinds() {
    return List.of(Placement.Kind.values());
  }

  public void record() {
    casePage.perform(
        () ->
            placements.record(
                CaseId.of(casePage.getId()),
                new ProtectionCommands.PlacementRecord(kind, place, from, to, decidedBy)),
        () -> {
          place = null;
          from = null;
          to = null;
          decidedBy = null;
        },
        "placement.recorded");
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public void setDecidedBy(String decidedBy) {
    this.decidedBy = decidedBy;
  }
}
