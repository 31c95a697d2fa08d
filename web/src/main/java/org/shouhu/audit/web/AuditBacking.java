package org.shouhu.audit.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.shouhu.audit.application.AuditReader;
import org.shouhu.audit.domain.AccessEntry;
import org.shouhu.audit.domain.AuditChain;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.web.PageModel;
import org.shouhu.shared.web.ShellBacking;
import org.shouhu.shared.web.UiText;

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
  @Inject ShellBacking shell;
  @Inject CurrentUser user;

  private String caseId;
  private String username;
  private String from;
  private String to;
  private String verdict;
  private boolean verdictOk;

  private final PageModel<AccessEntry> model =
      new PageModel<>(
          (page, size) -> {
            requireAuditor();
            AuditReader.Page found =
                reader.list(blank(caseId), blank(username), instant(from), instant(to), page, size);
            return new PageModel.Page<>(found.items(), found.total());
          },
          AccessEntry::id);

  public PageModel<AccessEntry> getModel() {
    return model;
  }

  /** Checks every entry's MAC and the chain; the result stays on the page. */
  public void verify() {
    requireAuditor();
    AuditChain.Verdict v = reader.verify();
    verdictOk = v.ok();
    verdict =
        v.ok()
            ? text.format("audit.verified", v.entries())
            : text.formatAll("audit.broken", v.brokenAt(), v.entryId(), v.problem());
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                v.ok() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR, verdict, null));
  }

  private void requireAuditor() {
    if (!user.has(Role.AUDITOR)) {
      throw new org.shouhu.shared.domain.AccessDeniedException("error.forbidden");
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** {@code 2026-11-28 10:15} (or with a T) in Beijing time; a bad value filters nothing. */
  private static Instant instant(String local) {
    String s = blank(local);
    if (s == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.ofHours(8));
    } catch (DateTimeParseException e) {
      return null;
    }
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
