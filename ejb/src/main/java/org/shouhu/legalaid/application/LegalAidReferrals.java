package org.shouhu.legalaid.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.application.Attachments;
import org.shouhu.casework.application.CaseAccess;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.legalaid.domain.LegalAidReferral;
import org.shouhu.legalaid.domain.LegalAidReferralRepository;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Role;

/**
 * Referring a case to the legal aid centre, from any kind of case: by its handlers (or the hotline
 * operator who took it in), with consent or a stated basis. The case is then shared with the
 * legal-aid officers of its district.
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

  /**
   * Refers the case: with consent, or a basis for going ahead without it ({@link
   * LegalAidReferral.ConsentBasis}); neither is 422.
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
    LegalAidReferral referral =
        new LegalAidReferral(
            aCase.id(),
            aCase.kind(),
            aCase.report().category().orElse(null),
            command.reason(),
            command.consented(),
            command.basis(),
            user.username(),
            now);
    aCase.shareWithLegalAid(command.reason(), user.actor(), now);
    caseFiles.shareWithLegalAid(aCase, command.shared());
    cases.store(aCase);
    referrals.store(referral);
    accessLog.record("LEGAL_AID_REFERRAL", List.of(aCase.id()), aCase.jurisdiction().value());
    return sheet(referral, aCase.caseNumber().value(), now);
  }

  static ReferralSheet sheet(LegalAidReferral r, String caseNumber, Instant now) {
    Instant due = r.decisionDue();
    boolean decided = r.status() != LegalAidReferral.Status.REFERRED;
    return new ReferralSheet(
        r.id(),
        r.caseId(),
        caseNumber,
        r.status().name(),
        r.reason(),
        r.consent(),
        r.consentBasis().map(Enum::name).orElse(null),
        r.meansTestExempt(),
        r.referredBy(),
        r.referredAt(),
        List.of(
            new ReferralSheet.DeadlineSheet(
                "LEGAL_AID_DECISION", due, decided, !decided && now.isAfter(due))),
        null,
        null,
        null);
  }
}
