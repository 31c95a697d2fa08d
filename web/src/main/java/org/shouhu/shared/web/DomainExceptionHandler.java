package org.shouhu.shared.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import org.shouhu.shared.application.AccessRefused;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.DomainException;

/**
 * The one place where a broken domain rule becomes a message on the page (shown by the shell's
 * growl) in the user's language. Anything else goes on to the default handler.
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

  public DomainExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable cause = events.next().getContext().getException();
      while ((cause instanceof FacesException
              || (cause instanceof EJBException && !(cause instanceof EJBAccessException))
              || cause instanceof ELException)
          && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof EJBAccessException) { // a use case's own @RolesAllowed
        refused(faces);
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                Messages.get(faces.getViewRoot().getLocale(), "error.forbidden"),
                null));
        faces.renderResponse();
        events.remove();
      } else if (cause instanceof DomainException rule) {
        String text =
            Messages.get(faces.getViewRoot().getLocale(), rule.messageKey(), rule.arguments());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.renderResponse();
        events.remove();
      }
    }
    getWrapped().handle();
  }

  /** Logged like a refused REST call: the page as the action, the record its {@code id} names. */
  private static void refused(FacesContext faces) {
    String record = faces.getExternalContext().getRequestParameterMap().get("id");
    CDI.current()
        .getBeanManager()
        .getEvent()
        .select(AccessRefused.class)
        .fire(new AccessRefused("PAGE", record, "FORBIDDEN"));
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new DomainExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
