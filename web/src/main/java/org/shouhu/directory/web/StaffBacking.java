package org.shouhu.directory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shouhu.directory.application.JurisdictionDirectory;
import org.shouhu.directory.application.StaffDirectory;
import org.shouhu.directory.application.StaffSync;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.directory.domain.StaffMember;
import org.shouhu.shared.domain.UnavailableException;
import org.shouhu.shared.web.UiText;

/**
 * The administrator's staff page: the directory as synchronised from Keycloak, and its gaps — a
 * community without a child director, a street without a supervisor (the plan's "两个全覆盖").
 */
@Named("staffPage")
@RequestScoped
public class StaffBacking {

  @Inject StaffDirectory directory;
  @Inject StaffSync sync;
  @Inject JurisdictionDirectory jurisdictions;
  @Inject UiText text;
  @Inject PlacesBacking places;

  private List<StaffMember> members;
  private List<StaffDirectory.Gap> gaps;
  private Map<String, Jurisdiction> nodes;

  public List<StaffMember> getMembers() {
    if (members == null) {
      members = directory.all();
    }
    return members;
  }

  public List<StaffDirectory.Gap> getGaps() {
    if (gaps == null) {
      gaps = directory.gaps();
    }
    return gaps;
  }

  public String roles(StaffMember m) {
    return m.roles().stream()
        .map(r -> text.of("role." + r.realmName()))
        .collect(Collectors.joining("、"));
  }

  /** The name of the member's node, as the tree in force has it (the code when retired). */
  public String jurisdiction(StaffMember m) {
    if (nodes == null) {
      nodes =
          jurisdictions.tree().stream()
              .collect(Collectors.toMap(j -> j.code().value(), Function.identity()));
    }
    return m.jurisdiction()
        .map(
            code ->
                nodes.containsKey(code.value())
                    ? places.name(nodes.get(code.value()))
                    : code.value())
        .orElse("—");
  }

  public void sync() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      StaffDirectory.SyncResult result = sync.syncNow();
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              text.formatAll("staff.synced", result.added(), result.updated(), result.disabled()),
              null));
    } catch (UnavailableException e) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_WARN, text.of("staff.syncFailed"), null));
    }
    members = null;
    gaps = null;
  }
}
