package org.shouhu.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.shouhu.casework.application.CaseHandOver;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.web.Growl;
import org.shouhu.shared.web.UiText;

/** The worklist's hand-over (supervisors, caseworkers): a departing worker's open cases at once. */
@Named("handOver")
@ViewScoped
public class HandOverBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseHandOver handOver;
  @Inject Growl growl;
  @Inject UiText text;

  private String from;
  private String to;
  private String reason;

  public void handOver() {
    try {
      CaseHandOver.Result result = handOver.handOver(new CaseHandOver.Command(from, to, reason));
      growl.info(text.formatAll("handOver.done", result.moved(), result.from(), result.to()));
      from = null;
      to = null;
      reason = null;
    } catch (DomainException e) {
      growl.error(e);
    }
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

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
