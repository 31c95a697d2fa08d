package org.shouhu.directory.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.directory.domain.JurisdictionRepository;
import org.shouhu.directory.domain.StaffMember;
import org.shouhu.directory.domain.StaffRepository;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.JurisdictionLevel;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.domain.UserPreference;
import org.shouhu.shared.domain.UserPreferenceRepository;

/**
 * The staff directory: who is the child director of each community, the supervisor of each street,
 * the caseworkers of the district — with name and e-mail, in step with the identity provider. Also
 * the gaps the plan's "两个全覆盖" asks to close: communities without a director, streets without a
 * supervisor.
 */
@Stateless
public class StaffDirectory {

  @Inject StaffRepository staff;
  @Inject JurisdictionRepository jurisdictions;
  @Inject UserPreferenceRepository preferences;

  /** What a sync changed. */
  public record SyncResult(int added, int updated, int disabled, int total) {}

  /** A jurisdiction without the person the plan requires there. */
  public record Gap(Jurisdiction jurisdiction, Role missing) {}

  /** Someone to tell, in her language. */
  public record Recipient(String username, String displayName, String email, Locale language) {}

  /**
   * Takes the identity provider's users as they are now ({@link StaffSource#fetch}, read outside
   * any transaction); those no longer there are disabled.
   */
  public SyncResult apply(List<StaffSource.Person> people) {
    Instant now = Instant.now();
    int added = 0;
    int updated = 0;
    Set<String> seen = new HashSet<>();
    for (StaffSource.Person p : people) {
      seen.add(p.username());
      var existing = staff.find(p.username());
      if (existing.isPresent()) {
        existing
            .get()
            .update(p.displayName(), p.email(), p.roles(), p.jurisdiction(), p.enabled(), now);
        updated++;
      } else {
        staff.store(
            new StaffMember(
                p.username(),
                p.displayName(),
                p.email(),
                p.roles(),
                p.jurisdiction(),
                p.enabled(),
                now));
        added++;
      }
    }
    int disabled = 0;
    for (StaffMember m : staff.all()) {
      if (!seen.contains(m.username()) && m.enabled()) {
        m.gone(now);
        disabled++;
      }
    }
    return new SyncResult(added, updated, disabled, seen.size());
  }

  public List<StaffMember> all() {
    return staff.all().stream().sorted(Comparator.comparing(StaffMember::username)).toList();
  }

  /**
   * Whom to tell about a case in {@code community}: the supervisors of its street, or, when the
   * street has none who can be reached by mail, the caseworkers of its district.
   */
  public List<Recipient> responsibleFor(JurisdictionCode community) {
    JurisdictionCode street = community.parent().orElse(community);
    List<Recipient> supervisors = reachable(Role.CHILD_SUPERVISOR, street);
    if (!supervisors.isEmpty()) {
      return supervisors;
    }
    JurisdictionCode district = street.parent().orElse(street);
    return reachable(Role.CASEWORKER, district);
  }

  /** Everyone with {@code role}, wherever, who can be reached by mail (the statisticians). */
  public List<Recipient> reachableWith(Role role) {
    return staff.all().stream()
        .filter(m -> m.enabled() && m.has(role) && m.email().isPresent())
        .map(
            m ->
                new Recipient(
                    m.username(),
                    m.displayName(),
                    m.email().get(),
                    preferences
                        .find(m.username())
                        .map(UserPreference::language)
                        .orElse(Locale.SIMPLIFIED_CHINESE)))
        .toList();
  }

  /** The caseworkers of {@code district} who can be reached by mail. */
  public List<Recipient> caseworkersOf(JurisdictionCode district) {
    return reachable(Role.CASEWORKER, district);
  }

  /**
   * Who a case in {@code community} may be given to: its active child directors, the supervisors of
   * its street and the caseworkers of its district.
   */
  public List<StaffMember> assignableFor(JurisdictionCode community) {
    JurisdictionCode street = community.parent().orElse(community);
    JurisdictionCode district = street.parent().orElse(street);
    List<StaffMember> found = new ArrayList<>();
    found.addAll(active(Role.CHILD_DIRECTOR, community));
    found.addAll(active(Role.CHILD_SUPERVISOR, street));
    found.addAll(active(Role.CASEWORKER, district));
    return found;
  }

  private List<StaffMember> active(Role role, JurisdictionCode at) {
    return staff.at(at).stream().filter(m -> m.enabled() && m.has(role)).toList();
  }

  private List<Recipient> reachable(Role role, JurisdictionCode at) {
    return active(role, at).stream()
        .filter(m -> m.email().isPresent())
        .map(
            m ->
                new Recipient(
                    m.username(),
                    m.displayName(),
                    m.email().get(),
                    preferences
                        .find(m.username())
                        .map(UserPreference::language)
                        .orElse(Locale.SIMPLIFIED_CHINESE)))
        .toList();
  }

  /** Communities in force without an enabled child director, streets without a supervisor. */
  public List<Gap> gaps() {
    List<StaffMember> enabled = staff.all().stream().filter(StaffMember::enabled).toList();
    return jurisdictions.findActive().stream()
        .filter(j -> j.level() != JurisdictionLevel.DISTRICT)
        .map(
            j ->
                new Gap(
                    j,
                    j.level() == JurisdictionLevel.COMMUNITY
                        ? Role.CHILD_DIRECTOR
                        : Role.CHILD_SUPERVISOR))
        .filter(
            gap ->
                enabled.stream()
                    .noneMatch(
                        m ->
                            m.has(gap.missing())
                                && m.jurisdiction()
                                    .map(gap.jurisdiction().code()::equals)
                                    .orElse(false)))
        .sorted(Comparator.comparing(g -> g.jurisdiction().code()))
        .toList();
  }
}
