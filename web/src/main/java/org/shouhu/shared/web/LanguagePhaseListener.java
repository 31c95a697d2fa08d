package org.shouhu.shared.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.shouhu.shared.application.CurrentUser;

/**
 * Tells {@link CurrentUser} the page's language (the one the user chose, not only her browser's)
 * before any action or view action of the request runs.
 */
public class LanguagePhaseListener implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public void afterPhase(PhaseEvent event) {
    CDI.current()
        .select(CurrentUser.class)
        .get()
        .speaks(CDI.current().select(UserSession.class).get().getLocale());
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // the language is known once the view is restored
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }
}
