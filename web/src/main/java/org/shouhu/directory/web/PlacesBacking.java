package org.shouhu.directory.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.shouhu.directory.application.JurisdictionDirectory;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.web.UiText;
import org.shouhu.shared.web.UserSession;

/** Jurisdictions as pages name them, in the user's language; and the user's own place. */
@Named("places")
@RequestScoped
public class PlacesBacking {

  @Inject CurrentUser user;
  @Inject UserSession session;
  @Inject UiText text;
  @Inject JurisdictionDirectory directory;

  private List<Jurisdiction> minePath;

  public String name(Jurisdiction node) {
    return session.isEnglish() ? node.nameEn() : node.nameZh();
  }

  /** The user's node and the nodes above it, district first. */
  public List<Jurisdiction> getMinePath() {
    if (minePath == null) {
      minePath = user.jurisdiction().map(directory::path).orElse(List.of());
    }
    return minePath;
  }

  /** The name of the user's own node (e.g. her community). */
  public String getMine() {
    List<Jurisdiction> path = getMinePath();
    return path.isEmpty() ? text.of("shell.noJurisdiction") : name(path.get(path.size() - 1));
  }
}
