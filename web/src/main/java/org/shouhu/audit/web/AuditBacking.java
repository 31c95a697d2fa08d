package org.shouhu.audit.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.shouhu.audit.application.AuditReader;
import org.shouhu.audit.domain.AccessEntry;
import org.shouhu.audit.domain.AuditChain;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.web.BeijingTime;
import org.shouhu.shared.web.PageModel;
import org.shouhu.shared.web.UiText;
import org.shouhu.shared.web.UserSession;

/**
 * The auditor's access-log viewer: entries newest first, filtered by case, user and time, with
 * break-glass accesses marked and their reasons; and the verification of the whole chain.
 */
@Named("auditPage")
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditReader reader;
  @Inject UiText text;
  @Inject UserSession session;

  private String caseId;
  private String username;
  private String from;
  private String to;
  private String verdict;
  private boolean verdictOk;

  private Instant fromInstant;
  private Instant toInstant;

  private final PageModel<AccessEntry> model =
      new PageModel<>(
          () -> reader.count(blank(caseId), blank(username), fromInstant, toInstant),
          (page, size) ->
              reader.entries(blank(caseId), blank(username), fromInstant, toInstant, page, size),
          AccessEntry::id);

  public PageModel<AccessEntry> getModel() {
    return model;
  }

  /** Applies the filters; a time that cannot be read is an error on its field, not ignored. */
  public void filter() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Instant f = null;
    Instant t = null;
    boolean ok = true;
    try {
      f = BeijingTime.parse(from);
    } catch (DateTimeParseException e) {
      faces.addMessage("audit-from", error("audit.badTime"));
      ok = false;
    }
    try {
      t = BeijingTime.parse(to);
    } catch (DateTimeParseException e) {
      faces.addMessage("audit-to", error("audit.badTime"));
      ok = false;
    }
    if (!ok) {
      faces.validationFailed();
      return;
    }
    fromInstant = f;
    toInstant = t;
    PageModel.firstPage("audit-form:audit-table");
  }

  private FacesMessage error(String key) {
    String message = text.of(key);
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message);
  }

  /** An action in the user's language ({@code READ} → 查阅); an unknown code as it is. */
  public String action(String code) {
    return label("audit.action.", code);
  }

  /** An outcome in the user's language ({@code NOT_FOUND} → 拒绝：不存在或不在辖区内). */
  public String outcome(String code) {
    return label("audit.outcome.", code);
  }

  private String label(String prefix, String code) {
    String key = prefix + code;
    return code != null && Messages.bundle(session.getLocale()).containsKey(key)
        ? text.of(key)
        : code;
  }

  /** Checks every entry's MAC and the chain; the result stays on the page. */
  public void verify() {
    AuditChain.Verdict v = reader.verify();
    verdictOk = v.ok();
    verdict =
        v.ok()
            ? text.format("audit.verified", v.entries())
            : text.formatAll("audit.broken", v.brokenAt(), v.entryId(), v.problem());
    if (!v.ok()) { // a sound chain is said on the page; a broken one is an alarm as well
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, verdict, null));
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getCaseId() {
    return caseId;
  }

  public void setCaseId(String caseId) {
    this.caseId = caseId;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
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

  public String getVerdict() {
    return verdict;
  }

  public boolean isVerdictOk() {
    return verdictOk;
  }
}
