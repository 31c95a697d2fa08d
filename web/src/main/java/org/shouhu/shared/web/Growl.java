package org.shouhu.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.domain.InvalidInputException;

/**
 * Messages for the shell's growl, in the user's language: what an action did, or why it was refused
 * (every field error of an invalid input, one message each; the request is marked failed so that
 * the form keeps what was typed).
 */
@RequestScoped
public class Growl {

  @Inject UserSession session;

  public void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /** An error already in words (a failed run's reason). */
  public void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public void error(DomainException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (e instanceof InvalidInputException invalid) {
      for (InvalidInputException.FieldError f : invalid.errors()) {
        faces.addMessage(null, error(f.messageKey(), f.arguments().toArray()));
      }
    } else {
      faces.addMessage(null, error(e.messageKey(), e.arguments()));
    }
    faces.validationFailed();
  }

  private FacesMessage error(String key, Object[] arguments) {
    return new FacesMessage(
        FacesMessage.SEVERITY_ERROR, Messages.get(session.getLocale(), key, arguments), null);
  }
}
