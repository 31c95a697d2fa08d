package org.shouhu.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.Role;

/**
 * What the page frame shows of the user: name and roles in her language, which menu entries she may
 * use, and times in Beijing time. (Her jurisdiction's name comes from {@code places}, the
 * directory's.)
 */
@Named("shell")
@RequestScoped
public class ShellBacking {

  @Inject CurrentUser user;
  @Inject UserSession session;
  @Inject UiText text;

  public String getDisplayName() {
    return user.displayName();
  }

  public String getUsername() {
    return user.username();
  }

  public String getRoles() {
    return user.roles().stream()
        .sorted()
        .map(role -> text.of("role." + role.realmName()))
        .collect(Collectors.joining("、"));
  }

  public boolean isAdministrator() {
    return user.has(Role.ADMIN);
  }

  /** Works cases: sees a worklist. */
  public boolean isCaseReader() {
    return isIntakeTaker() || user.has(Role.LEGAL_AID_OFFICER);
  }

  /** Takes in reports and calls. */
  public boolean isIntakeTaker() {
    return user.actor()
        .hasAny(Role.HOTLINE_OPERATOR, Role.CHILD_DIRECTOR, Role.CHILD_SUPERVISOR, Role.CASEWORKER);
  }

  /** Decides closure requests and assigns cases. */
  public boolean isDecider() {
    return user.has(Role.CHILD_SUPERVISOR) || user.has(Role.CASEWORKER);
  }

  /** Who reads the hotline call log: operators, caseworkers, street supervisors. */
  public boolean isCallReader() {
    return user.actor().hasAny(Role.HOTLINE_OPERATOR, Role.CASEWORKER, Role.CHILD_SUPERVISOR);
  }

  /** Who reads the plan indicators: the statistics office and the admin. */
  public boolean isIndicatorReader() {
    return user.actor().hasAny(Role.STATISTICIAN, Role.ADMIN);
  }

  /** A district caseworker: she runs the monthly payments. */
  public boolean isPayer() {
    return user.has(Role.CASEWORKER);
  }

  /** A designated rehabilitation institution's officer: her institution's grants. */
  public boolean isInstitutionOfficer() {
    return user.has(Role.INSTITUTION_OFFICER);
  }

  /** A legal-aid officer: her district's referrals. */
  public boolean isLegalAidOfficer() {
    return user.has(Role.LEGAL_AID_OFFICER);
  }

  /** Receives transfers: a child director (her community) or supervisor (her street). */
  public boolean isTransferReceiver() {
    return user.actor().hasAny(Role.CHILD_DIRECTOR, Role.CHILD_SUPERVISOR);
  }

  public boolean isAuditor() {
    return user.has(Role.AUDITOR);
  }

  /**
   * A due time: a deadline that ends with a day shows as that day at 24:00 (as the law counts it),
   * not as the next day at 00:00.
   */
  public String formatDue(Instant instant) {
    return Beijing.endingDay(instant)
        .map(
            day ->
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(session.getLocale())
                        .format(day)
                    + " 24:00")
        .orElseGet(() -> format(instant));
  }

  public String format(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(session.getLocale())
            .withZone(Beijing.ZONE)
            .format(instant);
  }
}
