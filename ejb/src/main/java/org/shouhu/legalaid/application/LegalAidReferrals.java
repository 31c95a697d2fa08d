package org.shouhu.legalaid.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.application.Attachments;
import org.shouhu.casework.application.CaseAccess;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CasePart;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.DnaRule;
import org.shouhu.casework.domain.WhoSeesWhat;
import org.shouhu.legalaid.domain.LegalAidReferral;
import org.shouhu.legalaid.domain.LegalAidReferralRepository;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;

/**
 * Legal aid (DOMAIN.md "Legal aid referral", API.md "Legal aid"): a case's handlers (or the hotline
 * operator who took it in) refer it, with consent or a stated basis, and the case is shared with
 * the legal-aid officers of its district; those officers list their district's referrals, decide
 * within 7 days, ask for missing materials all at once, assign a lawyer within 3 days of acceptance
 * (before the decision when urgent), record the outcome, and print a refusal's written reasons.
 * Every referral is reached through its case ({@link CaseAccess}): outside the caller's scope it
 * does not exist. Each step is on the case's timeline and in the access log.
 */
@Stateless
public class LegalAidReferrals {

  @Inject CurrentUser user;
  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject LegalAidReferralRepository referrals;
  @Inject AccessLog accessLog;
  @Inject Commands commands;
  @Inject Attachments caseFiles;
  @Inject DecisionLetters letters;

  /**
   * Refers the case: with consent, or a basis for going ahead without it ({@link
   * LegalAidReferral.ConsentBasis}); neither is 422. A {@code referredAt} before the case came in
   * is 422.
   */
  @Audited("LEGAL_AID_REFERRAL")
  @RolesAllowed({
    Role.Names.HOTLINE_OPERATOR,
    Role.Names.CHILD_DIRECTOR,
    Role.Names.CHILD_SUPERVISOR,
    Role.Names.CASEWORKER
  })
  public ReferralSheet refer(@Audited.RecordId CaseId id, ReferralCommand command) {
    Case aCase = access.open(id).aCase();
    commands.check(command);
    Instant now = Instant.now();
    Instant at = command.when(now);
    if (at.isBefore(aCase.report().receivedAt())) {
      throw InvalidInputException.of("referredAt", "legalAid.beforeCase");
    }
    LegalAidReferral referral =
        new LegalAidReferral(
            aCase.id(),
            aCase.kind(),
            aCase.report().category().orElse(null),
            LegalAidReferral.minorOn(
                aCase.kind(), aCase.subject().details().birthDate(), Beijing.dateOf(at)),
            command.reason(),
            command.consented(),
            command.basis(),
            user.username(),
            at);
    aCase.shareWithLegalAid(command.reason(), user.actor(), now);
    caseFiles.shareWithLegalAid(aCase, command.shared());
    cases.store(aCase);
    referrals.store(referral);
    accessLog.record("LEGAL_AID_REFERRAL", List.of(aCase.id()), aCase.jurisdiction().value());
    return sheet(referral, aCase, now);
  }

  /** {@code status=OPEN} (an extension): the referrals still being worked. */
  public static final String OPEN = "OPEN";

  private static final Set<LegalAidReferral.Status> STILL_OPEN =
      EnumSet.of(
          LegalAidReferral.Status.REFERRED,
          LegalAidReferral.Status.MATERIALS_NEEDED,
          LegalAidReferral.Status.ACCEPTED);

  /**
   * The referrals of the officer's district, newest first, of one {@code status}, those still
   * {@link #OPEN}, or all; logged with the cases they name.
   */
  @Audited("LEGAL_AID_LIST")
  @RolesAllowed(Role.Names.LEGAL_AID_OFFICER)
  public ReferralSheet.Page list(String status, Integer page, Integer size) {
    Set<LegalAidReferral.Status> wanted = EnumSet.noneOf(LegalAidReferral.Status.class);
    if (status != null && status.strip().equals(OPEN)) {
      wanted = STILL_OPEN;
    } else if (status != null && !status.isBlank()) {
      try {
        wanted = EnumSet.of(LegalAidReferral.Status.valueOf(status.strip()));
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.of(
            "status", "validation.enum", Map.of("allowed", LegalAidReferral.Status.class));
      }
    }
    String prefix = access.scope().legalAidPrefix();
    if (prefix == null) {
      return new ReferralSheet.Page(List.of(), 0);
    }
    int p = page == null || page < 0 ? 0 : page;
    int s = size == null || size < 1 ? 20 : Math.min(size, 100);
    List<LegalAidReferral> found = referrals.inDistrict(prefix, wanted, p * s, s);
    Map<String, Case> byId = new HashMap<>();
    Instant now = Instant.now();
    List<ReferralSheet> items =
        found.stream()
            .map(
                r ->
                    sheet(
                        r,
                        byId.computeIfAbsent(
                            r.caseId(), id -> cases.findAnywhere(id).orElseThrow()),
                        now))
            .toList();
    accessLog.record("LEGAL_AID_LIST", List.copyOf(byId.keySet()), null);
    return new ReferralSheet.Page(items, referrals.countInDistrict(prefix, wanted));
  }

  /** One referral, for those who may see a case's referrals (404 for everyone else). */
  @Audited("LEGAL_AID_READ")
  @RolesAllowed({
    Role.Names.LEGAL_AID_OFFICER,
    Role.Names.CHILD_DIRECTOR,
    Role.Names.CHILD_SUPERVISOR,
    Role.Names.CASEWORKER
  })
  public ReferralSheet get(@Audited.RecordId String id) {
    Opened o = open(id, false);
    accessLog.record("LEGAL_AID_READ", List.of(o.c().id()), o.c().jurisdiction().value());
    return sheet(o.referral(), o.c(), Instant.now());
  }

  /** The centre decides ({@link LegalAidReferral#decide}); each material up to 200 characters. */
  @Audited("LEGAL_AID_DECISION")
  @RolesAllowed(Role.Names.LEGAL_AID_OFFICER)
  public ReferralSheet decide(@Audited.RecordId String id, LegalAidCommands.Decision d) {
    Opened o = open(id, true);
    commands.check(d);
    List<String> materials = d.materials() == null ? List.of() : d.materials();
    for (String m : materials) {
      if (m != null && m.length() > LegalAidCommands.MATERIAL_MAX) {
        throw InvalidInputException.of(
            "materials", "validation.tooLong", Map.of("max", LegalAidCommands.MATERIAL_MAX));
      }
      DnaRule.check(o.c(), "materials", m);
    }
    DnaRule.check(o.c(), "reason", d.reason());
    Instant now = Instant.now();
    Instant at = d.when(now);
    o.referral().decide(d.what(), d.reason(), d.code(), materials, user.username(), at);
    return step(o, d.what().name(), d.reason(), now);
  }

  /** The materials asked for arrived: the 7 days start again. */
  @Audited("LEGAL_AID_MATERIALS")
  @RolesAllowed(Role.Names.LEGAL_AID_OFFICER)
  public ReferralSheet materialsArrived(@Audited.RecordId String id, LegalAidCommands.Materials m) {
    Opened o = open(id, true);
    commands.check(m);
    Instant now = Instant.now();
    o.referral().materialsArrived(m.when(now));
    return step(o, "MATERIALS_ARRIVED", null, now);
  }

  /** A lawyer assigned: once accepted, or before the decision on an art. 44 ground. */
  @Audited("LEGAL_AID_LAWYER")
  @RolesAllowed(Role.Names.LEGAL_AID_OFFICER)
  public ReferralSheet assignLawyer(@Audited.RecordId String id, LegalAidCommands.Lawyer l) {
    Opened o = open(id, true);
    commands.check(l);
    DnaRule.check(o.c(), "lawyer", l.lawyer());
    Instant now = Instant.now();
    o.referral().assignLawyer(l.lawyer(), l.firm(), l.ground(), l.when(now));
    return step(o, "LAWYER_ASSIGNED", null, now);
  }

  /** The outcome of an accepted referral. */
  @Audited("LEGAL_AID_OUTCOME")
  @RolesAllowed(Role.Names.LEGAL_AID_OFFICER)
  public ReferralSheet conclude(@Audited.RecordId String id, LegalAidCommands.Outcome outcome) {
    Opened o = open(id, true);
    commands.check(outcome);
    DnaRule.check(o.c(), "outcome", outcome.outcome());
    Instant now = Instant.now();
    o.referral().conclude(outcome.outcome(), outcome.when(now));
    return step(o, "CONCLUDED", null, now);
  }

  /** A letter: its file name and bytes. */
  public record Letter(String name, byte[] content) {}

  /**
   * The written refusal of a declined referral (PDF), for the officer to hand to the applicant and
   * for the case's handlers; 409 unless declined.
   */
  @Audited("LEGAL_AID_LETTER")
  @RolesAllowed({
    Role.Names.LEGAL_AID_OFFICER,
    Role.Names.CHILD_DIRECTOR,
    Role.Names.CHILD_SUPERVISOR,
    Role.Names.CASEWORKER
  })
  public Letter decisionLetter(@Audited.RecordId String id) {
    Opened o = open(id, false);
    LegalAidReferral r = o.referral();
    if (r.status() != LegalAidReferral.Status.DECLINED) {
      throw new ConflictException("legalAid.notDeclined");
    }
    Locale zh = Messages.LANGUAGES.get(0);
    byte[] pdf =
        letters.print(
            new DecisionLetters.Letter(
                o.c().caseNumber().value() + "-" + r.id().substring(0, 8),
                o.c().subject().details().name(),
                Beijing.dateOf(r.referredAt()),
                Beijing.dateOf(r.decidedAt().orElseThrow()),
                Messages.get(zh, "reasonCode." + r.reasonCode().map(Enum::name).orElse("OTHER")),
                r.decisionReason().orElse("")));
    accessLog.record("LEGAL_AID_LETTER", List.of(o.c().id()), o.c().jurisdiction().value());
    return new Letter("shouhu-legal-aid-decision-" + o.c().caseNumber().value() + ".pdf", pdf);
  }

  private record Opened(LegalAidReferral referral, Case c) {}

  /**
   * The referral and its case, when the caller may see the case's referrals: another district's, or
   * one of a case she cannot read, is 404 like one that does not exist. {@code forUpdate}: its row
   * is then locked until the transaction ends (two officers' steps go one after the other) — only
   * once she is known to see it.
   */
  private Opened open(String id, boolean forUpdate) {
    LegalAidReferral found =
        referrals.find(id).orElseThrow(() -> new NotFoundException("legalAidReferral", id));
    CaseAccess.Opened opened;
    try {
      opened = access.open(CaseId.of(found.caseId()));
    } catch (NotFoundException e) {
      throw new NotFoundException("legalAidReferral", id);
    }
    if (!WhoSeesWhat.sees(opened.reader(), CasePart.LEGAL_AID_REFERRALS)) {
      throw new NotFoundException("legalAidReferral", id);
    }
    LegalAidReferral r = forUpdate ? referrals.lock(id).orElseThrow() : found;
    return new Opened(r, opened.aCase());
  }

  /** Records a step on the case's timeline and in the access log; the referral as it now is. */
  private ReferralSheet step(Opened o, String code, String text, Instant now) {
    o.c().recordEvent(CaseEvent.Type.LEGAL_AID_STEP, List.of(code), text, user.actor(), now);
    cases.store(o.c());
    accessLog.record(
        "LEGAL_AID_" + code, List.of(o.c().id(), o.referral().id()), o.c().jurisdiction().value());
    return sheet(o.referral(), o.c(), now);
  }

  static ReferralSheet sheet(LegalAidReferral r, Case c, Instant now) {
    List<ReferralSheet.DeadlineSheet> deadlines =
        r.deadlines().stream()
            .map(
                d ->
                    new ReferralSheet.DeadlineSheet(
                        d.name(),
                        d.startedAt(),
                        d.dueAt(),
                        d.met(),
                        d.metAt(),
                        d.metOnTime(),
                        d.overdue(now)))
            .toList();
    return new ReferralSheet(
        r.id(),
        r.caseId(),
        c.caseNumber().value(),
        c.kind().name(),
        c.report().category().map(Enum::name).orElse(null),
        c.subject().details().name(),
        r.status().name(),
        r.reason(),
        r.consent(),
        r.consentBasis().map(Enum::name).orElse(null),
        r.meansTestExempt(),
        r.hardshipCheckWaived(),
        r.referredBy(),
        r.referredAt(),
        r.decisionDue(),
        deadlines,
        r.materials(),
        r.materialsAskedAt().orElse(null),
        r.materialsArrivedAt().orElse(null),
        r.decision()
            .map(
                d ->
                    new ReferralSheet.DecisionSheet(
                        d.name(),
                        r.decisionReason().orElse(null),
                        r.reasonCode().map(Enum::name).orElse(null),
                        r.decidedBy().orElse(null),
                        r.decidedAt().orElse(null)))
            .orElse(null),
        r.lawyer()
            .map(
                l ->
                    new ReferralSheet.LawyerSheet(
                        l,
                        r.firm().orElse(null),
                        r.lawyerAt().orElse(null),
                        r.earlyAid().map(Enum::name).orElse(null)))
            .orElse(null),
        r.outcome()
            .map(o -> new ReferralSheet.OutcomeSheet(o, r.concludedAt().orElse(null)))
            .orElse(null));
  }
}
