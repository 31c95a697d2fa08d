package org.shouhu.hotline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.Channel;
import org.shouhu.casework.domain.Sex;
import org.shouhu.shared.domain.Actor;
import org.shouhu.shared.domain.ConflictException;
import org.shouhu.shared.domain.InvalidInputException;
import org.shouhu.shared.domain.Role;

class CallTest {

  static final Instant AT = Instant.parse("2026-11-28T02:15:00Z");
  static final Actor OPERATOR = new Actor("hotline1", Set.of(Role.HOTLINE_OPERATOR));

  static Call.Taking taking(
      Line line, CaseCategory category, boolean anonymous, String phone, Instant callBackAt) {
    return new Call.Taking(
        line,
        AT,
        300,
        anonymous,
        "李某",
        phone,
        Sex.F,
        CallerRole.VICTIM,
        34,
        category,
        false,
        null,
        "丈夫多次殴打",
        "告知可申请人身安全保护令",
        CallOutcome.ANSWERED,
        callBackAt);
  }

  static Call call(Call.Taking t) {
    return Call.take(t, CallNumber.of(2026, 7), "210203", "hash", OPERATOR, AT);
  }

  @Test
  void aCallBecomesOneCaseAtMost() {
    Call c = call(taking(Line.L12338, CaseCategory.DOMESTIC_VIOLENCE, false, "13800001111", null));
    c.becameCase("case-1", "XG-2026-000001");
    assertThat(c.outcome()).isEqualTo(CallOutcome.CASE);
    assertThat(c.caseNumber()).contains("XG-2026-000001");
    assertThatThrownBy(() -> c.becameCase("case-2", "XG-2026-000002"))
        .isInstanceOf(ConflictException.class)
        .hasFieldOrPropertyWithValue("messageKey", "call.alreadyCase");
    assertThat(c.caseNumber()).contains("XG-2026-000001");
  }

  @Test
  void eachLineTakesItsOwnCategories() {
    assertThatThrownBy(
            () -> call(taking(Line.L12338, CaseCategory.SEXUAL_ABUSE, false, null, null)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors().get(0).field())
                    .isEqualTo("category"));
    assertThat(call(taking(Line.L12349, CaseCategory.SEXUAL_ABUSE, false, null, null)).line())
        .isEqualTo(Line.L12349);
    assertThat(Line.L12338.channel()).isEqualTo(Channel.HOTLINE_12338);
    assertThat(Line.L12349.channel()).isEqualTo(Channel.CHILD_PROTECTION_HOTLINE);
  }

  @Test
  void anAnonymousCallerKeepsNeitherNameNorNumberOnlyItsHash() {
    Call c = call(taking(Line.L12338, CaseCategory.OTHER, true, "13800001111", null));
    assertThat(c.callerName()).isEmpty();
    assertThat(c.callerPhone()).isEmpty();
    assertThat(c.callerPhoneHash()).contains("hash");
  }

  @Test
  void aCallBackNeedsANumber() {
    Instant later = AT.plusSeconds(3600);
    assertThatThrownBy(
            () -> call(taking(Line.L12338, CaseCategory.OTHER, true, "13800001111", later)))
        .isInstanceOf(InvalidInputException.class);
    Call c = call(taking(Line.L12338, CaseCategory.OTHER, false, "13800001111", later));
    c.calledBack(later, OPERATOR);
    assertThat(c.calledBackAt()).contains(later);
    assertThatThrownBy(() -> c.calledBack(later, OPERATOR)).isInstanceOf(ConflictException.class);
  }

  @Test
  void aHandoverTakesACategoryOfTheOtherLineAndNotOnceACase() {
    Call c = call(taking(Line.L12338, CaseCategory.OTHER, false, null, null));
    assertThatThrownBy(() -> c.handOver(Line.L12349, CaseCategory.PHYSICAL, OPERATOR, AT))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> c.handOver(Line.L12338, CaseCategory.OTHER, OPERATOR, AT))
        .isInstanceOf(InvalidInputException.class);
    c.handOver(Line.L12349, CaseCategory.NEGLECT, OPERATOR, AT);
    assertThat(c.line()).isEqualTo(Line.L12349);
    assertThat(c.handedFrom()).contains(Line.L12338);
    c.becameCase("case-1", "XG-2026-000001");
    assertThatThrownBy(() -> c.handOver(Line.L12338, CaseCategory.OTHER, OPERATOR, AT))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void durationAndAgeHaveTheirRanges() {
    Call.Taking t = taking(Line.L12338, CaseCategory.OTHER, false, null, null);
    Call.Taking tooLong =
        new Call.Taking(
            t.line(),
            t.startedAt(),
            Call.LONGEST_CALL_SECONDS + 1,
            false,
            null,
            null,
            null,
            null,
            null,
            t.category(),
            false,
            null,
            null,
            null,
            CallOutcome.ANSWERED,
            null);
    assertThatThrownBy(() -> call(tooLong)).isInstanceOf(InvalidInputException.class);
    Call.Taking tooOld =
        new Call.Taking(
            t.line(),
            t.startedAt(),
            60,
            false,
            null,
            null,
            null,
            null,
            121,
            t.category(),
            false,
            null,
            null,
            null,
            CallOutcome.ANSWERED,
            null);
    assertThatThrownBy(() -> call(tooOld)).isInstanceOf(InvalidInputException.class);
  }
}
