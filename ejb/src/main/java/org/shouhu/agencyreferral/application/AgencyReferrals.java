package org.shouhu.agencyreferral.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.agencyreferral.domain.Agency;
import org.shouhu.agencyreferral.domain.AgencyReferral;
import org.shouhu.agencyreferral.domain.AgencyReferralRepository;
import org.shouhu.agencyreferral.domain.ReferralClock;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.application.CaseAccess;
import org.shouhu.casework.application.DeadlinePolicies;
import org.shouhu.casework.domain.Case;
import org.shouhu.casework.domain.CaseEvent;
import org.shouhu.casework.domain.CaseId;
import org.shouhu.casework.domain.CaseRepository;
import org.shouhu.casework.domain.Period;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;

/**
 * Referrals to other agencies with a time limit (分级处理、限时办结), one mechanism for hotline calls and
 * for cases of any kind: the answer is due after {@code shouhu.referral.answer-within} ([policy
 * default] 5 working days). On a case the time limit is its {@code REFERRAL_ANSWER} deadline, which
 * shows, escalates to the case's supervisor and counts like the case's others; on a call the
 * hotline keeps it and {@link ReferralChase} chases it.
 */
@Stateless
@PermitAll // each method names its roles; the call methods run inside the hotline's own checks
public class AgencyReferrals {

  @Inject CurrentUser user;
  @Inject CaseAccess access;
  @Inject CaseRepository cases;
  @Inject AgencyReferralRepository referrals;
  @Inject DeadlinePolicies deadlines;
  @Inject Commands commands;
  @Inject AccessLog accessLog;

  @Inject
  @ConfigProperty(name = "shouhu.referral.answer-within", defaultValue = "5wd")
  String answerWithin;

  /** When an answer to a referral made at {@code at} is due. */
  public Instant dueFrom(Instant at) {
    return new ReferralClock(Period.parse(answerWithin))
        .dueFrom(at, deadlines.current().calendar());
  }

  @Audited("AGENCY_REFERRAL")
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public AgencyReferralSheet referCase(
      @Audited.RecordId CaseId id, ReferralCommands.Referral referral) {
    Case c = access.open(id).aCase();
    c.permissions().requireWork(user.actor());
    commands.check(referral);
    Instant at = referral.at();
    if (at.isBefore(c.report().receivedAt())) {
      throw InvalidInputException.of("referredAt", "referral.beforeReceived");
    }
    Instant now = Instant.now();
    Instant due = dueFrom(at);
    AgencyReferral r =
        AgencyReferral.make(
            AgencyReferral.Origin.CASE,
            c.id(),
            c.caseNumber().value(),
            c.jurisdiction().district().value(),
            referral.to(),
            referral.unit(),
            referral.asked(),
            at,
            due,
            user.actor(),
            now);
    referrals.store(r);
    c.track(AgencyReferral.DEADLINE, r.id(), at, due);
    c.recordEvent(
        CaseEvent.Type.AGENCY_REFERRED,
        List.of(r.agency().name()),
        r.unit().orElse(null),
        user.actor(),
        now);
    cases.store(c);
    accessLog.record("AGENCY_REFERRAL", List.of(c.id(), r.id()), c.jurisdiction().value());
    return AgencyReferralSheet.of(r, now);
  }

  @Audited("AGENCY_ANSWER")
  @RolesAllowed({Role.Names.CHILD_DIRECTOR, Role.Names.CHILD_SUPERVISOR, Role.Names.CASEWORKER})
  public AgencyReferralSheet answerCase(
      @Audited.RecordId CaseId id, String referralId, ReferralCommands.Answer answer) {
    Case c = access.open(id).aCase();
    AgencyReferral r =
        referrals
            .find(AgencyReferral.Origin.CASE, c.id(), referralId == null ? "" : referralId)
            .orElseThrow(() -> new NotFoundException("agencyReferral", referralId));
    c.permissions().requireWork(user.actor());
    commands.check(answer);
    r.answer(answer.when(), answer.answer(), user.actor());
    Instant now = Instant.now();
    c.settle(AgencyReferral.DEADLINE, r.id(), answer.when(), true);
    c.recordEvent(
        CaseEvent.Type.AGENCY_ANSWERED, List.of(r.agency().name()), null, user.actor(), now);
    cases.store(c);
    accessLog.record("AGENCY_ANSWER", List.of(c.id(), r.id()), c.jurisdiction().value());
    return AgencyReferralSheet.of(r, now);
  }

  /** The case's referrals, oldest first (the case's read model asks; access decided there). */
  public List<AgencyReferralSheet> ofCase(String caseId) {
    Instant now = Instant.now();
    return referrals.of(AgencyReferral.Origin.CASE, caseId).stream()
        .map(r -> AgencyReferralSheet.of(r, now))
        .toList();
  }

  /**
   * A call referred on while it was taken (the hotline checked the call and the caller): its answer
   * is due like a case's.
   */
  public AgencyReferral referCall(
      String callId,
      String callNumber,
      String district,
      Agency agency,
      String unit,
      String asked,
      Instant at) {
    AgencyReferral r =
        AgencyReferral.make(
            AgencyReferral.Origin.CALL,
            callId,
            callNumber,
            district,
            agency,
            unit,
            asked,
            at,
            dueFrom(at),
            user.actor(),
            Instant.now());
    referrals.store(r);
    return r;
  }

  /** The answer to a call's referral (the hotline checked the call and the caller). */
  public AgencyReferral answerCall(String callId, ReferralCommands.Answer answer) {
    AgencyReferral r =
        referrals.of(AgencyReferral.Origin.CALL, callId).stream()
            .reduce((first, later) -> later)
            .orElseThrow(() -> InvalidInputException.of("outcome", "call.notReferred"));
    commands.check(answer);
    r.answer(answer.when(), answer.answer(), user.actor());
    return r;
  }

  /** The referrals of several calls, each call's oldest first (one query, for a list). */
  public Map<String, List<AgencyReferral>> ofCalls(List<String> callIds) {
    return referrals.of(AgencyReferral.Origin.CALL, callIds).stream()
        .collect(
            Collectors.groupingBy(
                AgencyReferral::originId, LinkedHashMap::new, Collectors.toList()));
  }

  /** A call's referrals, oldest first. */
  public List<AgencyReferral> ofCall(String callId) {
    return referrals.of(AgencyReferral.Origin.CALL, callId);
  }
}
