package org.shouhu.protection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.protection.application.ApplicationForms;
import org.shouhu.protection.domain.Measure;
import org.shouhu.shared.domain.UnavailableException;

/**
 * The protection-order application as an A4 PDF (Apache PDFBox), in Chinese with the CJK font
 * embedded as a subset: {@code SHOUHU_PDF_FONT} (a {@code .ttf}, or a {@code .ttc} whose first font
 * is taken), else the first of the system fonts Debian's {@code fonts-wqy-microhei}, {@code
 * fonts-wqy-zenhei} or {@code fonts-arphic-gbsn00lp} install. Without any, 503 saying what to
 * install. A character the font lacks (a rare name) prints as □, to be written in by hand.
 */
@ApplicationScoped
public class PdfApplicationForms implements ApplicationForms {

  static final List<String> SYSTEM_FONTS =
      List.of(
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
          "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
          "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");

  private static final float MARGIN = 64;
  private static final float BODY = 12;
  private static final float TITLE = 20;
  private static final float LEADING = 1.75f;
  private static final String BLANK = "________________";

  /** The measures of art. 29 as an application asks for them. */
  static final Map<Measure, String> WORDING =
      Map.of(
          Measure.NO_VIOLENCE, "禁止被申请人对申请人实施家庭暴力；",
          Measure.NO_HARASSMENT, "禁止被申请人骚扰、跟踪、接触申请人及其相关近亲属；",
          Measure.MOVE_OUT, "责令被申请人迁出申请人住所；",
          Measure.OTHER, "保护申请人人身安全的其他措施：" + BLANK);

  @Inject
  @ConfigProperty(name = "shouhu.pdf.font")
  Optional<String> configured;

  @Override
  public byte[] render(Form form) {
    Path font =
        configured
            .filter(f -> !f.isBlank())
            .map(Path::of)
            .or(() -> SYSTEM_FONTS.stream().map(Path::of).filter(Files::isReadable).findFirst())
            .filter(Files::isReadable)
            .orElseThrow(() -> new UnavailableException("pdf.noFont"));
    try (PDDocument doc = new PDDocument()) {
      if (font.toString().endsWith(".ttc")) {
        try (TrueTypeCollection collection = new TrueTypeCollection(font.toFile())) {
          AtomicReference<TrueTypeFont> first = new AtomicReference<>();
          collection.processAllFonts(ttf -> first.compareAndSet(null, ttf));
          return write(doc, PDType0Font.load(doc, first.get(), true), form);
        }
      }
      return write(doc, PDType0Font.load(doc, font.toFile()), form);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot print the application with " + font, e);
    }
  }

  private byte[] write(PDDocument doc, PDFont font, Form form) throws IOException {
    Page page = new Page(doc, font);
    page.centred("人身安全保护令申请书", TITLE);
    page.gap();
    person(page, "申请人", form.victim());
    if (form.onBehalfOf() != null) {
      page.text("代为申请人：" + form.onBehalfOf() + "（《中华人民共和国反家庭暴力法》第二十三条）");
    }
    page.gap();
    person(page, "被申请人", form.respondent());
    page.gap();
    page.text("申请事项：");
    for (Measure m : Measure.values()) {
      page.text((form.asked().contains(m) ? "■ " : "□ ") + WORDING.get(m));
    }
    page.gap();
    page.text("事实与理由：");
    page.text(form.facts() == null || form.facts().isBlank() ? BLANK : form.facts());
    if (form.urgent()) {
      page.text("申请人面临家庭暴力的现实危险，情况紧急，请求人民法院在二十四小时内作出裁定。");
    }
    page.gap();
    page.text("此致");
    page.text(form.court());
    page.gap();
    page.text("申请人（签名）：" + BLANK);
    if (form.onBehalfOf() != null) {
      page.text("代为申请人（签名或盖章）：" + BLANK);
    }
    page.text("日期：________年____月____日");
    page.close();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  private static void person(Page page, String role, Person p) throws IOException {
    Person who = p == null ? new Person(null, null, null, null, null, null) : p;
    page.text(
        role + "：" + or(who.name()) + "　性别：" + or(who.sex()) + "　出生日期：" + or(who.birthDate()));
    page.text("身份证件号码：" + or(who.idNumber()) + "　联系电话：" + or(who.phone()));
    page.text("住址：" + or(who.address()));
  }

  private static String or(String value) {
    return value == null || value.isBlank() ? BLANK : value;
  }

  /** Writes lines down A4 pages, wrapping at the margin, a new page when one is full. */
  private static final class Page {
    private final PDDocument doc;
    private final PDFont font;
    private PDPageContentStream stream;
    private float y;

    Page(PDDocument doc, PDFont font) throws IOException {
      this.doc = doc;
      this.font = font;
      next();
    }

    private void next() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      stream = new PDPageContentStream(doc, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void centred(String text, float size) throws IOException {
      String shown = printable(text);
      float width = font.getStringWidth(shown) / 1000 * size;
      line(shown, size, (PDRectangle.A4.getWidth() - width) / 2);
    }

    void text(String text) throws IOException {
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      for (String paragraph : printable(text).split("\n")) {
        for (String line : wrap(paragraph, width)) {
          line(line, BODY, MARGIN);
        }
      }
    }

    void gap() {
      y -= BODY;
    }

    private void line(String text, float size, float x) throws IOException {
      if (y - size * LEADING < MARGIN) {
        next();
      }
      y -= size * LEADING;
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, y);
      stream.showText(text);
      stream.endText();
    }

    private List<String> wrap(String text, float width) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        if (!line.isEmpty() && font.getStringWidth(line + ch) / 1000 * BODY > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(ch);
        i += Character.charCount(cp);
      }
      lines.add(line.toString());
      return lines;
    }

    /** The text with every character the font cannot show replaced by □. */
    private String printable(String text) {
      StringBuilder shown = new StringBuilder();
      text.codePoints()
          .forEach(
              cp -> {
                String ch = new String(Character.toChars(cp));
                if (cp == '\n') {
                  shown.append(ch);
                  return;
                }
                try {
                  font.encode(ch);
                  shown.append(Character.isISOControl(cp) ? " " : ch);
                } catch (IOException | IllegalArgumentException e) {
                  shown.append('□');
                }
              });
      return shown.toString();
    }

    void close() throws IOException {
      stream.close();
    }
  }
}
