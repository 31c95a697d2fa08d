package org.shouhu.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.shouhu.casework.domain.Period;
import org.shouhu.directory.application.JurisdictionDirectory;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Role;

/**
 * What the page frame shows of the user: name, roles and jurisdiction in her language, and which
 * menu entries she may use.
 */
@Named("shell")
@RequestScoped
public class ShellBacking {

  /** Shouhu's users are in China: times are shown in Beijing time whatever the server's zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Inject CurrentUser user;
  @Inject UserSession session;
  @Inject UiText text;
  @Inject JurisdictionDirectory directory;

  private List<Jurisdiction> jurisdictionPath;

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

  /** The user's node and the nodes above it, district first. */
  public List<Jurisdiction> getJurisdictionPath() {
    if (jurisdictionPath == null) {
      jurisdictionPath = user.jurisdiction().map(directory::path).orElse(List.of());
    }
    return jurisdictionPath;
  }

  public String name(Jurisdiction node) {
    return session.isEnglish() ? node.nameEn() : node.nameZh();
  }

  /** The name of the user's own node (e.g. her community). */
  public String getJurisdictionName() {
    List<Jurisdiction> path = getJurisdictionPath();
    return path.isEmpty() ? text.of("shell.noJurisdiction") : name(path.get(path.size() - 1));
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

  public boolean isAuditor() {
    return user.has(Role.AUDITOR);
  }

  /**
   * A due time: a deadline that ends with a day shows as that day at 24:00 (as the law counts it),
   * not as the next day at 00:00.
   */
  public String formatDue(Instant instant) {
    return Period.endingDay(instant)
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
            .withZone(ZONE)
            .format(instant);
  }
}
