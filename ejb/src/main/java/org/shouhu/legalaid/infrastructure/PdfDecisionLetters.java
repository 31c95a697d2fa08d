package org.shouhu.legalaid.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.legalaid.application.DecisionLetters;
import org.shouhu.shared.infrastructure.PdfPages;

/**
 * The legal aid centre's written refusal with its reasons (Legal Aid Law art. 43:
 * 决定不给予法律援助的，应当书面告知申请人，并说明理由) as an A4 letter in Chinese ({@link PdfPages}: the CJK font embedded),
 * with the applicant's right to object (art. 49).
 */
@ApplicationScoped
public class PdfDecisionLetters implements DecisionLetters {

  @Inject
  @ConfigProperty(name = "shouhu.pdf.font")
  Optional<String> configured;

  @Override
  public byte[] print(Letter l) {
    try (PdfPages page = new PdfPages(PdfPages.fontFile(configured))) {
      page.centred("不予法律援助决定书", 20);
      page.gap();
      page.text("编号：" + l.number());
      page.text("申请人：" + l.applicant());
      page.gap();
      page.text(
          "你（你方）于 "
              + day(l.referredOn())
              + " 提出的法律援助申请，经审查，根据《中华人民共和国法律援助法》第四十三条，决定不予法律援助。"
              + "理由："
              + l.reasonCode()
              + "。");
      page.gap();
      page.text(l.reasons());
      page.gap();
      page.text(
          "对本决定有异议的，可以自收到本决定书之日起，依照《中华人民共和国法律援助法》第四十九条向设立本法律援助机构的司法行政部门提出；"
              + "对司法行政部门维持本决定不服的，可以依法申请行政复议或者提起行政诉讼。");
      page.gap();
      page.text("法律援助中心");
      page.text(day(l.decidedOn()));
      return page.save();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot print the decision letter", e);
    }
  }

  private static String day(LocalDate d) {
    return d.getYear() + " 年 " + d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日";
  }
}
