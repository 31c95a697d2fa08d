package org.shouhu.hotline.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shouhu.agencyreferral.application.AgencyReferralSheet;
import org.shouhu.agencyreferral.application.AgencyReferrals;
import org.shouhu.agencyreferral.application.ReferralCommands;
import org.shouhu.agencyreferral.domain.Agency;
import org.shouhu.agencyreferral.domain.AgencyReferral;
import org.shouhu.audit.application.AccessLog;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.PersonIndex;
import org.shouhu.casework.domain.Sex;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.directory.domain.JurisdictionRepository;
import org.shouhu.hotline.domain.Call;
import org.shouhu.hotline.domain.CallNumber;
import org.shouhu.hotline.domain.CallOutcome;
import org.shouhu.hotline.domain.CallRepository;
import org.shouhu.hotline.domain.CallScope;
import org.shouhu.hotline.domain.CallerRole;
import org.shouhu.hotline.domain.Line;
import org.shouhu.intake.application.IdempotencyStore;
import org.shouhu.shared.application.AccessRefused;
import org.shouhu.shared.application.Audited;
import org.shouhu.shared.application.Commands;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.application.validation.Values;
import org.shouhu.shared.domain.AccessDeniedException;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.JurisdictionCode;
import org.shouhu.shared.domain.Masking;
import org.shouhu.shared.domain.NotFoundException;
import org.shouhu.shared.domain.Role;

/**
 * The hotline call log (API.md "Hotline calls"; DOMAIN.md §2.5): operators and district caseworkers
 * log calls, see the district's, call back, hand calls between the lines and record what referred
 * agencies answered; a street's supervisor reads the calls placed in her street and their counts.
 * Every read and write is in the access log; the caller's number is never in an answer but masked,
 * or revealed on purpose (logged) to operators and caseworkers.
 */
@Stateless
@PermitAll // each method names its roles
public class Calls {

  /** Idempotency keys of calls live beside those of intakes, per user and resource. */
  static final String KEY_SCOPE = " /calls";

  static final int MAX_STATISTICS_WEEKS = 53;

  @Inject CurrentUser user;
  @Inject CallRepository calls;
  @Inject AgencyReferrals referrals;
  @Inject IdempotencyStore keys;
  @Inject PersonIndex.Hasher hasher;
  @Inject Commands commands;
  @Inject JurisdictionRepository jurisdictions;
  @Inject AccessLog accessLog;
  @Inject Event<AccessRefused> refusals;

  /** The caller's scope over calls. */
  public CallScope scope() {
    Optional<JurisdictionCode> at = user.jurisdiction();
    if (at.isEmpty()) {
      return CallScope.NONE;
    }
    if (user.has(Role.HOTLINE_OPERATOR) || user.has(Role.CASEWORKER)) {
      return CallScope.district(at.get().district().value());
    }
    if (user.has(Role.CHILD_SUPERVISOR)) {
      return CallScope.street(at.get().value());
    }
    return CallScope.NONE;
  }

  /**
   * Logs a call. With an idempotency key a retry of the same request answers as the first did; the
   * same key with another request is 409.
   */
  @Audited("CREATE")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  public CallSheet log(CallForm form, String idempotencyKey, String requestHash) {
    commands.check(form);
    Call.Taking taking = taking(form);
    Agency agency = referredTo(form, taking.outcome());
    if (idempotencyKey != null) {
      Optional<IdempotencyStore.Entry> earlier =
          keys.find(user.username() + KEY_SCOPE, idempotencyKey);
      if (earlier.isPresent()) {
        return replay(earlier.get(), requestHash);
      }
      keys.reserve(user.username() + KEY_SCOPE, idempotencyKey, requestHash);
    }
    String district =
        user.jurisdiction()
            .map(j -> j.district().value())
            .orElseThrow(() -> new AccessDeniedException("call.noJurisdiction"));
    Instant now = Instant.now();
    String phoneHash = phoneHash(form.caller() == null ? null : form.caller().phone());
    CallNumber number = calls.nextNumber(CallNumber.yearOf(taking.startedAt()));
    Call call = Call.take(taking, number, district, phoneHash, user.actor(), now);
    calls.store(call);
    if (agency != null) {
      referrals.referCall(
          call.id(),
          number.value(),
          district,
          agency,
          form.referredUnit(),
          call.request().orElse(null),
          taking.startedAt());
    }
    if (idempotencyKey != null) {
      keys.complete(user.username() + KEY_SCOPE, idempotencyKey, call.id());
    }
    accessLog.record("CREATE", List.of(call.id()), district);
    return sheet(call, false).withRepeats(earlier(call));
  }

  /** The first answer to a request whose key a concurrent request took (after it committed). */
  @Audited("CREATE")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  public CallSheet replay(String idempotencyKey, String requestHash) {
    IdempotencyStore.Entry earlier =
        keys.find(user.username() + KEY_SCOPE, idempotencyKey)
            .orElseThrow(() -> new ConflictException("intake.idempotency.inProgress"));
    return replay(earlier, requestHash);
  }

  private CallSheet replay(IdempotencyStore.Entry earlier, String requestHash) {
    if (!earlier.requestHash().equals(requestHash)) {
      throw new ConflictException("intake.idempotency.otherRequest");
    }
    if (earlier.caseId() == null) {
      throw new ConflictException("intake.idempotency.inProgress");
    }
    Call call = open(earlier.caseId());
    accessLog.record("READ", List.of(call.id()), call.district());
    return sheet(call, false).withRepeats(earlier(call));
  }

  /** A call; {@code reveal} shows the caller's number in full (operators and caseworkers). */
  @Audited("READ")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER, Role.Names.CHILD_SUPERVISOR})
  public CallSheet read(@Audited.RecordId String id, boolean reveal) {
    Call call = open(id);
    if (reveal && !mayReveal()) {
      throw new AccessDeniedException("call.reveal.role");
    }
    accessLog.record(reveal ? "REVEAL" : "READ", List.of(call.id()), call.district());
    return sheet(call, reveal).withRepeats(earlier(call));
  }

  /** A page of the calls in scope, newest first, and how many there are. */
  @Schema(name = "CallPage")
  public record Page(List<CallSheet> items, long total) {}

  @Audited("SEARCH")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER, Role.Names.CHILD_SUPERVISOR})
  public Page list(CallRepository.Filter filter, int page, int size) {
    CallScope scope = scope();
    List<Call> found = calls.list(scope, filter, page, size);
    if (!found.isEmpty()) {
      accessLog.record("SEARCH", found.stream().map(Call::id).toList(), null);
    }
    return new Page(sheets(found), calls.count(scope, filter));
  }

  /**
   * The calls in scope from this number so far (newest first): the repeat-caller notice the
   * operator sees while the call is still on. Nothing is stored; the check is logged with what it
   * found.
   */
  @Audited("DUPLICATE_CHECK")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  public List<CallSheet.EarlierCall> earlierFrom(String phone) {
    String hash = phoneHash(phone);
    if (hash == null) {
      return List.of();
    }
    List<CallSheet.EarlierCall> found =
        calls.fromSameNumber(hash, scope(), Instant.now()).stream()
            .map(Calls::earlierCall)
            .toList();
    if (!found.isEmpty()) {
      accessLog.record(
          "DUPLICATE_CHECK", found.stream().map(CallSheet.EarlierCall::id).toList(), null);
    }
    return found;
  }

  /** Callers who asked to be called back and were not yet, soonest first. */
  @Audited("SEARCH")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  public List<CallSheet> callBacks() {
    List<Call> due = calls.callBacksDue(scope(), 100);
    if (!due.isEmpty()) {
      accessLog.record("SEARCH", due.stream().map(Call::id).toList(), null);
    }
    return sheets(due);
  }

  @Audited("CALL_BACK")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  public CallSheet calledBack(@Audited.RecordId String id, CallCommands.CallBack callBack) {
    Call call = lock(id);
    commands.check(callBack);
    call.calledBack(callBack.when(), user.actor());
    accessLog.record("CALL_BACK", List.of(call.id()), call.district());
    return sheet(call, false);
  }

  @Audited("CALL_HANDOVER")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  public CallSheet handOver(@Audited.RecordId String id, CallCommands.Handover handover) {
    Call call = lock(id);
    commands.check(handover);
    Line to =
        Line.of(handover.line())
            .orElseThrow(() -> InvalidInputException.of("line", "call.line.invalid"));
    call.handOver(to, handover.newCategory(), user.actor(), Instant.now());
    accessLog.record("CALL_HANDOVER", List.of(call.id()), call.district());
    return sheet(call, false);
  }

  @Audited("AGENCY_ANSWER")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  public CallSheet answerReferral(@Audited.RecordId String id, ReferralCommands.Answer answer) {
    Call call = lock(id);
    AgencyReferral r = referrals.answerCall(call.id(), answer);
    accessLog.record("AGENCY_ANSWER", List.of(call.id(), r.id()), call.district());
    return sheet(call, false);
  }

  /**
   * Whether the call may still become a case (404 out of scope, 409 when it is one): asked before
   * the intake is checked, so that the answer keeps API.md's order; the case's own transaction asks
   * again under the call's lock ({@link CallBecomesCase}).
   */
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER})
  public Line lineOfCallToBeCase(String id) {
    Call call = open(id);
    if (call.caseNumber().isPresent()) {
      throw new ConflictException(
          "call.alreadyCase", call.callNumber().value(), call.caseNumber().get());
    }
    return call.line();
  }

  /** Calls per week, line, category and outcome over {@code [from, to)}: counts only. */
  public record Statistics(Instant from, Instant to, List<CallRepository.Count> rows, long total) {}

  @Audited("CALL_STATISTICS")
  @RolesAllowed({Role.Names.HOTLINE_OPERATOR, Role.Names.CASEWORKER, Role.Names.CHILD_SUPERVISOR})
  public Statistics statistics(Instant from, Instant to) {
    if (!from.isBefore(to)) {
      throw InvalidInputException.of("to", "call.statistics.range");
    }
    if (Duration.between(from, to).toDays() > 7L * MAX_STATISTICS_WEEKS) {
      throw InvalidInputException.of("to", "call.statistics.tooLong", MAX_STATISTICS_WEEKS);
    }
    List<CallRepository.Count> rows = calls.countByWeek(scope(), from, to);
    return new Statistics(
        from, to, rows, rows.stream().mapToLong(CallRepository.Count::calls).sum());
  }

  /**
   * 404 unless the call exists within the caller's scope (the refused {@code action} logged); reads
   * nothing for her. For adapters that must say "not found" before "malformed" (API.md).
   */
  public void requireVisible(String id, String action) {
    if (calls.find(id, scope()).isEmpty()) {
      refusals.fire(new AccessRefused(action, id, "NOT_FOUND"));
      throw new NotFoundException("call", id);
    }
  }

  // ---

  private Call open(String id) {
    return calls.find(id, scope()).orElseThrow(() -> new NotFoundException("call", id));
  }

  private Call lock(String id) {
    return calls.lock(id, scope()).orElseThrow(() -> new NotFoundException("call", id));
  }

  private boolean mayReveal() {
    return user.has(Role.HOTLINE_OPERATOR) || user.has(Role.CASEWORKER);
  }

  private List<CallSheet.EarlierCall> earlier(Call call) {
    return calls.fromSameNumber(phoneHashOf(call), scope(), call.startedAt()).stream()
        .filter(c -> !c.id().equals(call.id()))
        .map(Calls::earlierCall)
        .toList();
  }

  private static CallSheet.EarlierCall earlierCall(Call c) {
    return new CallSheet.EarlierCall(
        c.id(),
        c.callNumber().value(),
        c.line().number(),
        c.startedAt(),
        c.category().name(),
        c.outcome().name());
  }

  private static String phoneHashOf(Call call) {
    return call.callerPhoneHash().orElse(null);
  }

  /** The keyed hash of a phone number, whatever way it was typed ({@code +86 138-…} too). */
  String phoneHash(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("\\D", "");
    if (digits.startsWith("0086")) {
      digits = digits.substring(4);
    } else if (digits.startsWith("86") && digits.length() == 13) {
      digits = digits.substring(2);
    }
    return digits.length() < 3 ? null : hasher.hash("phone:" + digits);
  }

  private Call.Taking taking(CallForm form) {
    Line line =
        Line.of(form.line())
            .orElseThrow(() -> InvalidInputException.of("line", "call.line.invalid"));
    CallForm.CallerForm caller =
        form.caller() == null
            ? new CallForm.CallerForm(true, null, null, null, null, null)
            : form.caller();
    return new Call.Taking(
        line,
        Values.instant(form.startedAt()),
        form.durationSeconds(),
        Boolean.TRUE.equals(caller.anonymous()),
        caller.name(),
        caller.phone(),
        caller.sex() == null ? null : Values.of(Sex.class, caller.sex()),
        caller.role() == null ? null : Values.of(CallerRole.class, caller.role()),
        caller.age(),
        Values.of(CaseCategory.class, form.category()),
        Boolean.TRUE.equals(form.urgent()),
        jurisdiction(form.jurisdiction()),
        form.request(),
        form.advice(),
        Values.of(CallOutcome.class, form.outcome()),
        form.callBackAt() == null ? null : Values.instant(form.callBackAt()));
  }

  private static Agency referredTo(CallForm form, CallOutcome outcome) {
    if (outcome == CallOutcome.REFERRED && form.referredTo() == null) {
      throw InvalidInputException.of("referredTo", "call.referredTo.required");
    }
    if (outcome != CallOutcome.REFERRED && form.referredTo() != null) {
      throw InvalidInputException.of("referredTo", "call.referredTo.onlyReferred");
    }
    return form.referredTo() == null ? null : Values.of(Agency.class, form.referredTo());
  }

  /** Where the caller is, when she said: a street or community of the caller's own district. */
  private String jurisdiction(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    Optional<JurisdictionCode> parsed = JurisdictionCode.parse(code.strip());
    Optional<Jurisdiction> node = parsed.flatMap(jurisdictions::find);
    boolean within =
        parsed.isPresent()
            && user.jurisdiction().map(j -> parsed.get().isWithin(j.district())).orElse(false);
    if (node.isEmpty() || node.get().isRetired() || !within) {
      throw InvalidInputException.of("jurisdiction", "call.jurisdiction", code.strip());
    }
    return parsed.get().value();
  }

  /** Calls as a list shows them, their referrals read in one query. */
  private List<CallSheet> sheets(List<Call> found) {
    Map<String, List<AgencyReferral>> refs =
        referrals.ofCalls(found.stream().map(Call::id).toList());
    return found.stream().map(c -> sheet(c, false, refs.getOrDefault(c.id(), List.of()))).toList();
  }

  CallSheet sheet(Call c, boolean reveal) {
    return sheet(c, reveal, referrals.ofCall(c.id()));
  }

  private CallSheet sheet(Call c, boolean reveal, List<AgencyReferral> refs) {
    Instant now = Instant.now();
    AgencyReferralSheet referral =
        refs.isEmpty() ? null : AgencyReferralSheet.of(refs.get(refs.size() - 1), now);
    List<CallSheet.DeadlineLine> deadlines =
        refs.stream()
            .map(
                r ->
                    new CallSheet.DeadlineLine(
                        AgencyReferral.DEADLINE, r.dueAt(), r.met(), r.isOverdue(now)))
            .toList();
    String phone = c.callerPhone().map(p -> reveal ? p : Masking.phone(p)).orElse(null);
    return new CallSheet(
        c.id(),
        c.callNumber().value(),
        c.line().number(),
        c.startedAt(),
        c.durationSeconds().orElse(null),
        new CallSheet.Caller(
            c.anonymous(),
            c.callerName().orElse(null),
            phone,
            c.callerSex().map(Enum::name).orElse(null),
            c.callerRole().map(Enum::name).orElse(null),
            c.callerAge().orElse(null)),
        c.category().name(),
        c.urgent(),
        c.jurisdiction().orElse(null),
        c.request().orElse(null),
        c.advice().orElse(null),
        c.outcome().name(),
        referral == null ? null : referral.agency(),
        referral,
        deadlines,
        c.caseId().orElse(null),
        c.caseNumber().orElse(null),
        c.callBackAt().orElse(null),
        c.calledBackAt().orElse(null),
        c.handedFrom().map(Line::number).orElse(null),
        c.handedAt().orElse(null),
        c.takenBy(),
        null,
        null,
        null,
        c.version());
  }
}
