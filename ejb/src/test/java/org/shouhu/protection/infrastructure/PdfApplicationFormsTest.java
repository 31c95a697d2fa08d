package org.shouhu.protection.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.shouhu.protection.application.ApplicationForms;
import org.shouhu.protection.domain.Measure;

/**
 * The printed application holds the victim's and the respondent's names in Chinese (read back from
 * the PDF), ticks the measures asked for, and prints a character the font lacks as □. Needs one of
 * the system fonts {@code ./shouhu test} installs.
 */
class PdfApplicationFormsTest {

  @Test
  void theApplicationReadsBackInChinese() throws Exception {
    assumeTrue(
        org.shouhu.shared.infrastructure.PdfPages.SYSTEM_FONTS.stream()
            .map(Path::of)
            .anyMatch(Files::isReadable),
        "a CJK system font (fonts-wqy-microhei)");
    PdfApplicationForms forms = new PdfApplicationForms();
    forms.configured = Optional.empty();
    byte[] pdf =
        forms.render(
            new ApplicationForms.Form(
                "大连市西岗区人民法院",
                new ApplicationForms.Person(
                    "欧阳𠀀娜", "女", "1990-04-01", "210203199004011234", null, "西岗区八一路"),
                "妇女联合会",
                new ApplicationForms.Person("张大力", "男", null, null, null, null),
                EnumSet.of(Measure.NO_VIOLENCE, Measure.MOVE_OUT),
                true,
                "2026年11月多次被丈夫殴打。"));
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("人身安全保护令申请书")
          .contains("张大力")
          .contains("大连市西岗区人民法院")
          .contains("■ 禁止被申请人对申请人实施家庭暴力")
          .contains("□ 禁止被申请人骚扰")
          .contains("二十四小时");
      // the rare character of the name is a box to fill in by hand, or itself when the font has it
      assertThat(text).containsAnyOf("欧阳𠀀娜", "欧阳□娜");
    }
  }
}
