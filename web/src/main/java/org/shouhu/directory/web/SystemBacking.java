package org.shouhu.directory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shouhu.directory.application.JurisdictionDirectory;
import org.shouhu.directory.application.TreeChanges;
import org.shouhu.shared.application.SystemInfo;
import org.shouhu.shared.application.SystemStatus;
import org.shouhu.shared.web.UiText;

/**
 * The administrator's system page: what the server runs on, and reloading the jurisdiction tree
 * from its file (preview first, then apply).
 */
@Named("systemPage")
@RequestScoped
public class SystemBacking {

  @Inject SystemStatus status;
  @Inject JurisdictionDirectory directory;
  @Inject UiText text;

  private SystemInfo info;

  public SystemInfo getInfo() {
    if (info == null) {
      info = status.info();
    }
    return info;
  }

  public void preview() {
    reload(true);
  }

  public void apply() {
    reload(false);
  }

  private void reload(boolean dryRun) {
    TreeChanges changes = directory.reload(dryRun);
    String summary =
        String.join(
            " ",
            text.of(dryRun ? "system.reload.preview" : "system.reload.applied"),
            text.format("system.reload.added", changes.added()),
            text.format("system.reload.updated", changes.updated()),
            text.format("system.reload.retired", changes.retired()),
            text.format("system.reload.total", changes.total()));
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
  }
}
