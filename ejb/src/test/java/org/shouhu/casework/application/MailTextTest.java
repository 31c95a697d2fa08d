package org.shouhu.casework.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.Beijing;

/** The escalation mails read whole in both languages and carry nothing but the case number. */
class MailTextTest {

  @ParameterizedTest
  @CsvSource({
    "zh-CN, mail.urgent, 紧急", "zh-CN, mail.overdue, 首次安全接触", "zh-CN, mail.duplicate, 另一辖区",
    "en, mail.urgent, Urgent", "en, mail.overdue, First safety contact",
        "en, mail.duplicate, elsewhere"
  })
  void everyMailNamesTheCaseAndLinksToIt(String language, String mail, String expected) {
    Locale locale = Locale.forLanguageTag(language);
    Object[] arguments = {
      "刘芳",
      "XG-2026-000123",
      "2026-11-29 10:15",
      "https://shouhu.example/shouhu/case.xhtml?id=abc",
      Escalations.deadlineName(locale, "FIRST_CONTACT")
    };
    String subject = Messages.get(locale, mail + ".subject", arguments);
    String body = Messages.get(locale, mail + ".body", arguments);
    assertThat(subject + body).contains(expected);
    assertThat(subject).contains("XG-2026-000123").doesNotContain("{").doesNotContain("\n");
    assertThat(body)
        .contains("https://shouhu.example/shouhu/case.xhtml?id=abc")
        .doesNotContain("{")
        .startsWith(language.equals("en") ? "Dear 刘芳," : "刘芳，您好");
  }

  @Test
  void aDeadlineThatEndsWithADayIsDueAt24OfThatDay() {
    assertThat(Escalations.when(Beijing.endOf(LocalDate.parse("2026-12-07"))))
        .isEqualTo("2026-12-07 24:00");
    assertThat(Escalations.when(Instant.parse("2026-11-28T18:32:00Z")))
        .isEqualTo("2026-11-29 02:32");
  }

  @Test
  void anAdminsOwnDeadlineKeepsTheNameSheGaveIt() {
    assertThat(Escalations.deadlineName(Locale.ENGLISH, "SHELTER_REVIEW"))
        .isEqualTo("SHELTER_REVIEW");
    assertThat(Escalations.deadlineName(Locale.SIMPLIFIED_CHINESE, "ASSESSMENT")).isEqualTo("完成评估");
  }
}
