package org.shouhu.hotline.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.shouhu.agencyreferral.application.ReferralCommands;
import org.shouhu.agencyreferral.domain.Agency;
import org.shouhu.casework.application.CaseworkCodeLists;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.ReporterType;
import org.shouhu.casework.domain.Sex;
import org.shouhu.directory.application.JurisdictionDirectory;
import org.shouhu.directory.domain.Jurisdiction;
import org.shouhu.hotline.application.CallCommands;
import org.shouhu.hotline.application.CallDesk;
import org.shouhu.hotline.application.CallForm;
import org.shouhu.hotline.application.CallSheet;
import org.shouhu.hotline.application.Calls;
import org.shouhu.hotline.domain.CallOutcome;
import org.shouhu.hotline.domain.CallRepository;
import org.shouhu.hotline.domain.CallerRole;
import org.shouhu.hotline.domain.Line;
import org.shouhu.intake.web.IntakeDraft;
import org.shouhu.shared.application.CurrentUser;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.domain.DomainException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.JurisdictionLevel;
import org.shouhu.shared.domain.Role;
import org.shouhu.shared.web.BeijingTime;
import org.shouhu.shared.web.Growl;
import org.shouhu.shared.web.ListsBacking;
import org.shouhu.shared.web.ShellBacking;
import org.shouhu.shared.web.UiText;
import org.shouhu.shared.web.UserSession;

/**
 * The operator's page (calls.xhtml): a call logged by keyboard alone (Tab through, Ctrl+Enter to
 * save), the repeat-caller notice while the call is still on, then "turn into a case", which opens
 * the intake form pre-filled from the call; the call-back list, the latest calls, one call's
 * details with what followed (the referred agency's answer, a handover to the other line, the call
 * back), and the calls counted by week.
 */
@Named("calls")
@ViewScoped
public class CallsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int STATISTICS_WEEKS = 8;

  @Inject CallDesk desk;
  @Inject Calls calls;
  @Inject CurrentUser user;
  @Inject JurisdictionDirectory jurisdictions;
  @Inject ListsBacking lists;
  @Inject ShellBacking shell;
  @Inject Growl growl;
  @Inject UiText text;
  @Inject UserSession session;

  // the call being logged
  private String line = Line.L12338.number();
  private String startedAt = BeijingTime.nowToTheMinute();
  private final Instant openedAt = Instant.now();
  private String minutes;
  private boolean anonymous;
  private String callerName;
  private String callerPhone;
  private String callerSex;
  private String callerRole;
  private String callerAge;
  private String category;
  private boolean urgent;
  private String community;
  private String request;
  private String advice;
  private String outcome = CallOutcome.ANSWERED.name();
  private String referredTo;
  private String referredUnit;
  private String callBackAt;
  private List<CallSheet.EarlierCall> repeats = List.of();

  // the call just logged, with what was typed of the caller (for the intake form)
  private CallSheet saved;
  private String savedPhone;

  // the call looked at (calls.xhtml?call=…)
  private String callId;
  private CallSheet shown;
  private String answer;
  private String answeredAt = BeijingTime.nowToTheMinute();
  private String handoverCategory;
  private String calledBackAt = BeijingTime.nowToTheMinute();

  // the page's lists, read once per view until an action changes them
  private List<CallSheet> callBacks;
  private List<CallSheet> latest;
  private List<CallRepository.Count> statistics;

  public void load() {
    if (callId == null || callId.isBlank() || !shell.isCallReader()) {
      return;
    }
    try {
      shown = calls.read(callId, false);
    } catch (DomainException e) {
      shown = null;
      growl.error(e);
    }
  }

  public boolean isMayLog() {
    return user.has(Role.HOTLINE_OPERATOR) || user.has(Role.CASEWORKER);
  }

  public List<Line> getLines() {
    return List.of(Line.values());
  }

  /** The categories of the chosen line. */
  public List<CaseCategory> getCategories() {
    return categoriesOf(Line.of(line).orElse(Line.L12338));
  }

  private List<CaseCategory> categoriesOf(Line l) {
    return lists.ordered(
        CaseworkCodeLists.CATEGORY,
        Arrays.stream(CaseCategory.values()).filter(l::allows).toList());
  }

  /** The other line's categories, for a handover of the shown call. */
  public List<CaseCategory> getHandoverCategories() {
    return shown == null ? List.of() : categoriesOf(otherLine(shown));
  }

  public String getHandoverLine() {
    return shown == null ? "" : otherLine(shown).number();
  }

  private static Line otherLine(CallSheet call) {
    return call.line().equals(Line.L12338.number()) ? Line.L12349 : Line.L12338;
  }

  public List<Sex> getSexes() {
    return List.of(Sex.values());
  }

  public List<CallerRole> getRoles() {
    return List.of(CallerRole.values());
  }

  public List<CallOutcome> getOutcomes() {
    return List.of(CallOutcome.values());
  }

  public List<Agency> getAgencies() {
    return List.of(Agency.values());
  }

  /** Streets and communities of the district (a call may say where the caller is). */
  public List<Jurisdiction> getPlaces() {
    return jurisdictions.tree().stream()
        .filter(j -> j.level() != JurisdictionLevel.DISTRICT)
        .filter(j -> user.jurisdiction().map(u -> j.code().isWithin(u.district())).orElse(false))
        .toList();
  }

  public void lineChanged() {
    category = null;
  }

  /** The repeat-caller notice, as soon as the number is typed. */
  public void checkRepeats() {
    try {
      repeats = anonymous && blank(callerPhone) ? List.of() : calls.earlierFrom(callerPhone);
    } catch (DomainException e) {
      repeats = List.of();
    }
  }

  /** Logs the call; the form is then ready for the next one, the saved call offered as a case. */
  public String save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Integer seconds = durationSeconds();
    if (seconds == null && !blank(minutes)) {
      faces.addMessage(
          "call-minutes",
          new jakarta.faces.application.FacesMessage(
              jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
              text.of("call.minutes.invalid"),
              null));
      faces.validationFailed();
      return null;
    }
    CallForm form =
        new CallForm(
            line,
            BeijingTime.toRfc3339(startedAt),
            seconds,
            new CallForm.CallerForm(
                anonymous,
                anonymous ? null : blankToNull(callerName),
                blankToNull(callerPhone),
                blankToNull(callerSex),
                blankToNull(callerRole),
                age()),
            blankToNull(category),
            urgent,
            blankToNull(community),
            request,
            advice,
            outcome,
            CallOutcome.REFERRED.name().equals(outcome) ? blankToNull(referredTo) : null,
            CallOutcome.REFERRED.name().equals(outcome) ? referredUnit : null,
            BeijingTime.toRfc3339(callBackAt));
    try {
      saved = desk.log(form, null, form.toString());
      savedPhone = anonymous ? null : blankToNull(callerPhone);
      growl.info(text.format("call.saved", saved.callNumber()));
      next();
      reread();
      return null;
    } catch (InvalidInputException invalid) {
      for (InvalidInputException.FieldError error : invalid.errors()) {
        String input = INPUTS.getOrDefault(error.field(), null);
        String message =
            org.shouhu.shared.application.Messages.get(
                session.getLocale(), error.messageKey(), error.arguments().toArray());
        faces.addMessage(
            input,
            new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_ERROR, message, message));
      }
      faces.validationFailed();
      return null;
    } catch (DomainException e) {
      growl.error(e);
      return null;
    }
  }

  private static final java.util.Map<String, String> INPUTS =
      java.util.Map.ofEntries(
          java.util.Map.entry("line", "call-line"),
          java.util.Map.entry("startedAt", "call-started"),
          java.util.Map.entry("durationSeconds", "call-minutes"),
          java.util.Map.entry("caller.name", "call-caller-name"),
          java.util.Map.entry("caller.phone", "call-caller-phone"),
          java.util.Map.entry("caller.age", "call-caller-age"),
          java.util.Map.entry("category", "call-category"),
          java.util.Map.entry("jurisdiction", "call-place"),
          java.util.Map.entry("request", "call-request"),
          java.util.Map.entry("advice", "call-advice"),
          java.util.Map.entry("outcome", "call-outcome"),
          java.util.Map.entry("referredTo", "call-referred-to"),
          java.util.Map.entry("referredUnit", "call-referred-unit"),
          java.util.Map.entry("callBackAt", "call-back-at"));

  /** Empties the form for the next call. */
  public void next() {
    startedAt = BeijingTime.nowToTheMinute();
    minutes = null;
    anonymous = false;
    callerName = null;
    callerPhone = null;
    callerSex = null;
    callerRole = null;
    callerAge = null;
    category = null;
    urgent = false;
    community = null;
    request = null;
    advice = null;
    outcome = CallOutcome.ANSWERED.name();
    referredTo = null;
    referredUnit = null;
    callBackAt = null;
    repeats = List.of();
  }

  /** The saved call's intake: the intake form opens, pre-filled from the call. */
  public String savedToCase() {
    return toCase(saved, savedPhone);
  }

  /** The shown call's intake (its caller's number is not carried: it is never shown in full). */
  public String shownToCase() {
    return toCase(shown, null);
  }

  private String toCase(CallSheet call, String phone) {
    if (call == null) {
      return null;
    }
    Line l = Line.of(call.line()).orElseThrow();
    boolean victim = CallerRole.VICTIM.name().equals(call.caller().role());
    String kind = kindFor(l, call.category());
    String place =
        call.jurisdiction() != null && call.jurisdiction().length() == 12
            ? call.jurisdiction()
            : null;
    IntakeDraft draft =
        new IntakeDraft(
            call.id(),
            call.callNumber(),
            l.channel().name(),
            kind,
            call.startedAt()
                .atZone(Beijing.ZONE)
                .toLocalDateTime()
                .withSecond(0)
                .withNano(0)
                .toString(),
            place,
            call.urgent(),
            CaseKind.valueOf(kind).allows(CaseCategory.valueOf(call.category()))
                ? call.category()
                : null,
            summary(call),
            reporterType(call.caller().role()),
            call.caller().anonymous() ? null : call.caller().name(),
            call.caller().anonymous() ? null : phone,
            call.caller().anonymous(),
            victim && !call.caller().anonymous() ? call.caller().name() : null,
            victim ? call.caller().sex() : null,
            victim ? phone : null);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().put(IntakeDraft.FLASH, draft);
    return "/intake?faces-redirect=true";
  }

  /** A 12338 call about domestic violence becomes a DV case; 12349 a child-protection one. */
  static String kindFor(Line l, String category) {
    if (l == Line.L12349) {
      return CaseKind.CHILD_PROTECTION.name();
    }
    return CaseCategory.DOMESTIC_VIOLENCE.name().equals(category)
        ? CaseKind.DOMESTIC_VIOLENCE.name()
        : CaseKind.WOMENS_RIGHTS.name();
  }

  private String summary(CallSheet call) {
    StringBuilder s = new StringBuilder();
    if (call.request() != null) {
      s.append(call.request());
    }
    if (call.advice() != null) {
      s.append(s.length() > 0 ? "\n" : "")
          .append(text.of("call.advice"))
          .append("：")
          .append(call.advice());
    }
    return s.length() == 0 ? null : s.toString();
  }

  private static String reporterType(String role) {
    if (role == null) {
      return null;
    }
    return switch (CallerRole.valueOf(role)) {
      case VICTIM -> ReporterType.SELF.name();
      case RELATIVE -> ReporterType.FAMILY.name();
      case NEIGHBOUR -> ReporterType.PUBLIC.name();
      case PROFESSIONAL, OTHER -> ReporterType.OTHER.name();
    };
  }

  public void recordAnswer() {
    try {
      shown =
          calls.answerReferral(
              shown.id(), new ReferralCommands.Answer(BeijingTime.toRfc3339(answeredAt), answer));
      answer = null;
      reread();
      growl.info(text.of("agencyReferral.answerRecorded"));
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  public void handOver() {
    try {
      shown =
          calls.handOver(
              shown.id(),
              new CallCommands.Handover(getHandoverLine(), blankToNull(handoverCategory)));
      handoverCategory = null;
      reread();
      growl.info(text.format("call.handedOver", shown.line()));
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  public void calledBack(String id) {
    try {
      CallSheet done =
          calls.calledBack(id, new CallCommands.CallBack(BeijingTime.toRfc3339(calledBackAt)));
      if (shown != null && shown.id().equals(id)) {
        shown = done;
      }
      reread();
      growl.info(text.format("call.calledBack", done.callNumber()));
    } catch (DomainException e) {
      growl.error(e);
    }
  }

  /** Read once per page view (and again after an action): each read is in the access log. */
  public List<CallSheet> getCallBacks() {
    if (callBacks == null) {
      callBacks = isMayLog() ? calls.callBacks() : List.of();
    }
    return callBacks;
  }

  public List<CallSheet> getLatest() {
    if (latest == null) {
      latest = calls.list(new CallRepository.Filter(null, null, null, null, null), 0, 20).items();
    }
    return latest;
  }

  /** Calls of the last eight weeks by week, line, category and outcome. */
  public List<CallRepository.Count> getStatistics() {
    if (statistics == null) {
      LocalDate today = LocalDate.now(Beijing.ZONE);
      Instant to = today.plusDays(1).atStartOfDay(Beijing.ZONE).toInstant();
      Instant from =
          today
              .minusWeeks(STATISTICS_WEEKS - 1L)
              .with(java.time.DayOfWeek.MONDAY)
              .atStartOfDay(Beijing.ZONE)
              .toInstant();
      statistics = calls.statistics(from, to).rows();
    }
    return statistics;
  }

  /** What an action changed shows at the next rendering. */
  private void reread() {
    callBacks = null;
    latest = null;
    statistics = null;
  }

  public String when(Instant instant) {
    return instant == null ? "" : shell.format(instant);
  }

  public String category(String code) {
    return code == null ? "" : lists.label("category", code);
  }

  private Integer durationSeconds() {
    if (blank(minutes)) {
      return (int) Math.min(Duration.between(openedAt, Instant.now()).toSeconds(), 86_400);
    }
    try {
      double m = Double.parseDouble(minutes.strip());
      return m < 0 || m > 1440 ? null : (int) Math.round(m * 60);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Integer age() {
    if (blank(callerAge)) {
      return null;
    }
    try {
      return Integer.valueOf(callerAge.strip());
    } catch (NumberFormatException e) {
      return -1; // refused on the field by the call's own rule
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return blank(s) ? null : s.strip();
  }

  // properties

  public String getLine() {
    return line;
  }

  public void setLine(String line) {
    this.line = line;
  }

  public String getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(String startedAt) {
    this.startedAt = startedAt;
  }

  public String getMinutes() {
    return minutes;
  }

  public void setMinutes(String minutes) {
    this.minutes = minutes;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public void setAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }

  public String getCallerName() {
    return callerName;
  }

  public void setCallerName(String callerName) {
    this.callerName = callerName;
  }

  public String getCallerPhone() {
    return callerPhone;
  }

  public void setCallerPhone(String callerPhone) {
    this.callerPhone = callerPhone;
  }

  public String getCallerSex() {
    return callerSex;
  }

  public void setCallerSex(String callerSex) {
    this.callerSex = callerSex;
  }

  public String getCallerRole() {
    return callerRole;
  }

  public void setCallerRole(String callerRole) {
    this.callerRole = callerRole;
  }

  public String getCallerAge() {
    return callerAge;
  }

  public void setCallerAge(String callerAge) {
    this.callerAge = callerAge;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public void setUrgent(boolean urgent) {
    this.urgent = urgent;
  }

  public String getCommunity() {
    return community;
  }

  public void setCommunity(String community) {
    this.community = community;
  }

  public String getRequest() {
    return request;
  }

  public void setRequest(String request) {
    this.request = request;
  }

  public String getAdvice() {
    return advice;
  }

  public void setAdvice(String advice) {
    this.advice = advice;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getReferredTo() {
    return referredTo;
  }

  public void setReferredTo(String referredTo) {
    this.referredTo = referredTo;
  }

  public String getReferredUnit() {
    return referredUnit;
  }

  public void setReferredUnit(String referredUnit) {
    this.referredUnit = referredUnit;
  }

  public String getCallBackAt() {
    return callBackAt;
  }

  public void setCallBackAt(String callBackAt) {
    this.callBackAt = callBackAt;
  }

  public List<CallSheet.EarlierCall> getRepeats() {
    return repeats;
  }

  public CallSheet getSaved() {
    return saved;
  }

  public String getCallId() {
    return callId;
  }

  public void setCallId(String callId) {
    this.callId = callId;
  }

  public CallSheet getShown() {
    return shown;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getAnsweredAt() {
    return answeredAt;
  }

  public void setAnsweredAt(String answeredAt) {
    this.answeredAt = answeredAt;
  }

  public String getHandoverCategory() {
    return handoverCategory;
  }

  public void setHandoverCategory(String handoverCategory) {
    this.handoverCategory = handoverCategory;
  }

  public String getCalledBackAt() {
    return calledBackAt;
  }

  public void setCalledBackAt(String calledBackAt) {
    this.calledBackAt = calledBackAt;
  }
}
