package org.shouhu.welfare.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.shared.infrastructure.PdfPages;
import org.shouhu.welfare.application.RefusalLetters;

/**
 * The written reasons of a refusal (书面说明理由) as an A4 letter in Chinese ({@link PdfPages}: the CJK
 * font embedded), to be handed to the applicant; it names no one but the child.
 */
@ApplicationScoped
public class PdfRefusalLetters implements RefusalLetters {

  @Inject
  @ConfigProperty(name = "shouhu.pdf.font")
  Optional<String> configured;

  @Override
  public byte[] print(Letter l) {
    try (PdfPages page = new PdfPages(PdfPages.fontFile(configured))) {
      page.centred("不予纳入基本生活保障告知书", 20);
      page.gap();
      page.text("个案编号：" + l.caseNumber());
      page.text("儿童：" + l.child());
      page.text("申请类别：" + l.category());
      page.gap();
      page.text(
          "经"
              + l.step()
              + "，您为上述儿童提出的基本生活保障申请不予通过。根据《国务院办公厅关于加强孤儿保障工作的意见》"
              + "（国办发〔2010〕54号）和《关于进一步加强事实无人抚养儿童保障工作的意见》（民发〔2019〕62号），"
              + "现书面说明理由如下：");
      page.gap();
      page.text(l.reasons());
      page.gap();
      page.text("情况发生变化或有新的证明材料的，可以向儿童户籍所在地街道（乡镇）重新提出申请。");
      page.text("对本决定不服的，可以依法申请行政复议或者提起行政诉讼。");
      page.gap();
      page.text(l.authority());
      page.text(
          l.refusedOn().getYear()
              + " 年 "
              + l.refusedOn().getMonthValue()
              + " 月 "
              + l.refusedOn().getDayOfMonth()
              + " 日");
      return page.save();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot print the refusal letter", e);
    }
  }
}
