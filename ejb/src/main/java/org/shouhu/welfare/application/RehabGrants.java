package org.shouhu.welfare.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.application.CaseAccess;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.validation.Values;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;
import org.shouhu.welfare.domain.RehabCaps;
import org.shouhu.welfare.domain.RehabClaim;
import org.shouhu.welfare.domain.RehabGrant;
import org.shouhu.welfare.domain.RehabInstitution;
import org.shouhu.welfare.domain.RehabItem;
import org.shouhu.welfare.domain.RehabRepository;

/**
 * Rehabilitation grants for disabled children 0–16 (DOMAIN.md §2.4, API.md "Rehabilitation
 * grants"): the designated institutions the admin keeps; a grant a district caseworker approves on
 * a DISABLED_CHILD_REHAB case, with its cap from the configured caps; the monthly claims, each
 * paying at most what the family paid out of pocket and never over the cap — the grant's row is
 * locked while a claim is decided, so claims arriving together are decided one after the other.
 */
@Stateless
public class RehabGrants {

  /** A designated institution as read. */
  public record InstitutionSheet(String id, String name, List<String> items) {

    static InstitutionSheet of(RehabInstitution i) {
      return new InstitutionSheet(i.id(), i.name(), i.items().stream().map(Enum::name).toList());
    }
  }

  @Inject RehabRepository rehab;
  @Inject RehabCaps caps;
  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject Commands commands;
  @Inject CurrentUser user;
  @Inject AccessLog accessLog;
  @Inject SettlementFiles settlementFiles;
  @Inject org.shouhu.welfare.domain.SupportFileRepository supportFiles;

  /**
   * A grant as her institution's officer sees it (DOMAIN.md §4): the child's name and age, the
   * disability kind, the grant and its claims — nothing else of the case; the case's id to claim.
   */
  public record OfficerGrant(
      String caseId,
      String childName,
      Integer childAge,
      String disability,
      String id,
      String item,
      String from,
      String to,
      String cap,
      String capPer,
      String claimed,
      List<RehabGrantSheet.ClaimSheet> claims) {}

  /** A page of them. */
  public record OfficerPage(List<OfficerGrant> items, long total) {}

  /** Her institution's grants, newest first; logged. */
  @Audited("REHAB_GRANTS_READ")
  @RolesAllowed(Role.Names.INSTITUTION_OFFICER)
  public OfficerPage mine(Integer page, Integer size) {
    String institution =
        user.institution().orElseThrow(() -> new NotFoundException("rehabInstitution", null));
    int p = page == null || page < 0 ? 0 : page;
    int s = size == null || size < 1 ? 20 : Math.min(size, 100);
    LocalDate today = LocalDate.now(Beijing.ZONE);
    List<RehabGrant> grants = rehab.grantsAt(institution, p * s, s);
    java.util.Map<String, List<RehabClaim>> claims =
        rehab.claimsOf(grants.stream().map(RehabGrant::id).toList());
    java.util.Map<String, Case> children = new java.util.HashMap<>(); // a child's grants: one read
    List<OfficerGrant> items = new ArrayList<>();
    for (RehabGrant g : grants) {
      Case c = children.computeIfAbsent(g.caseId(), id -> cases.findAnywhere(id).orElseThrow());
      LocalDate birth = c.subject().details().birthDate();
      RehabGrantSheet sheet = RehabGrantSheet.of(g, claims.getOrDefault(g.id(), List.of()));
      items.add(
          new OfficerGrant(
              c.id(),
              c.subject().details().name(),
              birth == null ? null : RehabCaps.age(birth, today),
              sheet.disability(),
              sheet.id(),
              sheet.item(),
              sheet.from(),
              sheet.to(),
              sheet.cap(),
              sheet.capPer(),
              sheet.claimed(),
              sheet.claims()));
    }
    accessLog.record(
        "REHAB_GRANTS_READ", items.stream().map(OfficerGrant::caseId).distinct().toList(), null);
    return new OfficerPage(items, rehab.countAt(institution));
  }

  /** A settlement workbook: its name and bytes. */
  public record Settlement(String name, byte[] content) {}

  /**
   * An institution's settlement for a month, for the finance bureau: its accepted claims — case
   * numbers, items, sessions, amounts, no names — and their total; logged.
   */
  @Audited("REHAB_SETTLEMENT")
  @RolesAllowed({Role.Names.CASEWORKER, Role.Names.INSTITUTION_OFFICER})
  public Settlement settlement(String institutionId, String month) {
    if (!user.has(Role.CASEWORKER)
        && !user.institution().filter(mine -> mine.equals(institutionId)).isPresent()) {
      throw new NotFoundException("rehabInstitution", institutionId); // not hers
    }
    if (month == null || !month.strip().matches("\\d{4}-(0[1-9]|1[0-2])")) {
      throw InvalidInputException.of("month", "validation.month");
    }
    java.time.YearMonth m = java.time.YearMonth.parse(month.strip());
    RehabInstitution institution =
        rehab
            .institution(institutionId)
            .orElseThrow(() -> new NotFoundException("rehabInstitution", institutionId));
    List<SettlementFiles.Row> rows =
        rehab.claimsAt(institution.id(), m).stream()
            .map(
                s ->
                    new SettlementFiles.Row(
                        s.grant().caseNumber(),
                        s.grant().item().name(),
                        s.claim().sessions(),
                        s.claim().outOfPocket(),
                        s.claim().amount()))
            .toList();
    BigDecimal total =
        rows.stream()
            .map(SettlementFiles.Row::amount)
            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    accessLog.record("REHAB_SETTLEMENT", List.of(institution.id() + "/" + m), null);
    return new Settlement(
        "shouhu-rehab-settlement-" + m + ".xlsx",
        settlementFiles.write(institution.name(), institution.account(), m, rows, total));
  }

  @RolesAllowed({Role.Names.ADMIN, Role.Names.CASEWORKER})
  public List<InstitutionSheet> institutions() {
    return rehab.institutions().stream().map(InstitutionSheet::of).toList();
  }

  @Audited("REHAB_INSTITUTION")
  @RolesAllowed(Role.Names.ADMIN)
  public InstitutionSheet addInstitution(RehabCommands.Institution i) {
    commands.check(i);
    if (i.items().isEmpty()) {
      throw InvalidInputException.of("items", "validation.required");
    }
    List<RehabItem> items = new ArrayList<>();
    for (String item : i.items()) {
      try {
        items.add(Values.of(RehabItem.class, item));
      } catch (RuntimeException e) {
        throw InvalidInputException.of("items", "validation.invalid");
      }
    }
    String code = i.id() == null || i.id().isBlank() ? null : i.id().strip();
    if (code != null && !code.matches("[a-z0-9-]{1,36}")) {
      throw InvalidInputException.of("id", "rehab.institutionId");
    }
    RehabInstitution institution =
        new RehabInstitution(
            code,
            i.name().strip(),
            items.stream().distinct().toList(),
            i.account() == null || i.account().isBlank() ? null : i.account().strip(),
            user.username(),
            Instant.now());
    rehab.add(institution);
    accessLog.record("REHAB_INSTITUTION", List.of(institution.id()), null);
    return InstitutionSheet.of(institution);
  }

  /**
   * Approves a grant: the child aged 0–16 on the approval day (422 on {@code approvedAt} from her
   * 17th birthday), an institution designated for the item (422 on {@code institution}), a period
   * from {@code from} to {@code to}; its cap from the configured caps.
   */
  @Audited("REHAB_GRANT")
  @RolesAllowed(Role.Names.CASEWORKER)
  public RehabGrantSheet approve(@Audited.RecordId CaseId id, RehabCommands.Grant g) {
    Case c = access.open(id).aCase();
    c.permissions().requireWork(user.actor());
    if (c.kind() != CaseKind.DISABLED_CHILD_REHAB) {
      throw InvalidInputException.of("kind", "rehab.rehabCasesOnly");
    }
    commands.check(g);
    Instant now = Instant.now();
    Instant approved = g.approved();
    if (approved.isAfter(now)) {
      throw InvalidInputException.of("approvedAt", "support.future");
    }
    if (g.last().isBefore(g.first())) {
      throw InvalidInputException.of("to", "rehab.toBeforeFrom");
    }
    LocalDate birth = c.subject().details().birthDate();
    if (birth == null) {
      throw InvalidInputException.of("subject.birthDate", "rehab.noBirthDate");
    }
    LocalDate approvedOn = LocalDate.ofInstant(approved, Beijing.ZONE);
    if (!RehabCaps.eligible(birth, approvedOn)) {
      throw InvalidInputException.of("approvedAt", "rehab.age", RehabCaps.OLDEST);
    }
    RehabInstitution institution =
        rehab
            .institution(g.institution().strip())
            .filter(i -> i.provides(g.what()))
            .orElseThrow(() -> InvalidInputException.of("institution", "rehab.notDesignated"));
    RehabGrant grant =
        new RehabGrant(
            c.id(),
            c.caseNumber().value(),
            g.kind(),
            g.what(),
            institution.id(),
            g.first(),
            g.last(),
            approved,
            user.username(),
            caps.capOnApproval(g.what(), birth, approvedOn),
            caps.per(g.what()));
    grant.prioritise(groups(g), supportFile(g));
    rehab.store(grant);
    // re-evaluated when the period ends: due at 24:00 of its last day
    c.track(
        RehabGrant.REEVALUATION,
        grant.id(),
        approved,
        g.last().plusMonths(1).atDay(1).atStartOfDay(Beijing.ZONE).toInstant());
    c.recordEvent(
        CaseEvent.Type.REHAB_STEP, List.of("APPROVED", g.what().name()), null, user.actor(), now);
    cases.store(c);
    accessLog.record("REHAB_GRANT", List.of(c.id(), grant.id()), c.jurisdiction().value());
    return RehabGrantSheet.of(grant, List.of());
  }

  /** The priority groups asked for: 422 on {@code priority} for one not known. */
  private static List<org.shouhu.welfare.domain.PriorityGroup> groups(RehabCommands.Grant g) {
    List<org.shouhu.welfare.domain.PriorityGroup> groups = new ArrayList<>();
    for (String name : g.priority() == null ? List.<String>of() : g.priority()) {
      try {
        groups.add(Values.of(org.shouhu.welfare.domain.PriorityGroup.class, name));
      } catch (RuntimeException e) {
        throw InvalidInputException.of("priority", "validation.invalid");
      }
    }
    return groups;
  }

  /**
   * The support file of the child's orphan-support case, when the grant names it: only for an
   * orphan (422 on {@code supportFileCase} otherwise), a case the caseworker may read (404), with a
   * support file (422).
   */
  private String supportFile(RehabCommands.Grant g) {
    if (g.supportFileCase() == null || g.supportFileCase().isBlank()) {
      return null;
    }
    if (g.priority() == null || !g.priority().contains("ORPHAN")) {
      throw InvalidInputException.of("supportFileCase", "rehab.orphanOnly");
    }
    Case orphan = access.open(CaseId.of(g.supportFileCase().strip())).aCase();
    return supportFiles
        .ofCase(orphan.id())
        .map(org.shouhu.welfare.domain.SupportFile::id)
        .orElseThrow(() -> InvalidInputException.of("supportFileCase", "rehab.noSupportFile"));
  }

  /**
   * A claim for a month of the grant's period: at most what the family paid out of pocket (422 on
   * {@code amount}), never over the cap — the month's for a MONTH item (the child's age on the
   * month's first day), the grant's for a ONCE item — also when claims arrive together (422).
   */
  @Audited("REHAB_CLAIM")
  @RolesAllowed({Role.Names.CASEWORKER, Role.Names.INSTITUTION_OFFICER})
  public RehabGrantSheet.ClaimSheet claim(
      @Audited.RecordId CaseId id, String grantId, RehabCommands.Claim claim) {
    Case c;
    java.util.Optional<String> officerOf =
        user.has(Role.CASEWORKER) ? java.util.Optional.empty() : user.institution();
    if (user.has(Role.CASEWORKER)) {
      c = access.open(id).aCase();
      c.permissions().requireWork(user.actor());
    } else { // an institution's officer: a grant of her institution on that case, else nothing
      String mine = officerOf.orElseThrow(() -> new NotFoundException("rehabGrant", grantId));
      c =
          cases
              .findAnywhere(id.value())
              .filter(
                  found ->
                      rehab.grantsOfCase(found.id()).stream()
                          .anyMatch(g -> g.id().equals(grantId) && g.institutionId().equals(mine)))
              .orElseThrow(() -> new NotFoundException("rehabGrant", grantId));
    }
    commands.check(claim);
    if (claim.sessions() != null && (claim.sessions() < 0 || claim.sessions() > 1000)) {
      throw InvalidInputException.of("sessions", "rehab.sessions");
    }
    BigDecimal amount = claim.paid();
    BigDecimal family = claim.family();
    RehabGrant grant =
        rehab
            .lockGrant(grantId)
            .filter(g -> g.caseId().equals(c.id()))
            .filter(g -> officerOf.isEmpty() || g.institutionId().equals(officerOf.get()))
            .orElseThrow(() -> new NotFoundException("rehabGrant", grantId));
    if (!grant.covers(claim.when())) {
      throw InvalidInputException.of("month", "rehab.outsidePeriod", grant.from(), grant.to());
    }
    BigDecimal room =
        caps.room(
            grant.item(),
            grant.cap(),
            c.subject().details().birthDate(),
            claim.when(),
            rehab.claimedIn(grant.id(), claim.when()),
            grant.claimedInAll());
    RehabCaps.refusal(amount, family, room)
        .ifPresent(
            key -> {
              throw InvalidInputException.of("amount", key, room.toPlainString());
            });
    Instant now = Instant.now();
    RehabClaim accepted =
        new RehabClaim(
            grant.id(), claim.when(), amount, family, claim.sessions(), user.username(), now);
    rehab.store(accepted);
    grant.claimed(amount);
    accessLog.record(
        "REHAB_CLAIM", List.of(c.id(), grant.id(), accepted.id()), c.jurisdiction().value());
    return RehabGrantSheet.ClaimSheet.of(accepted);
  }
}
