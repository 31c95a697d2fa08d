package org.shouhu.protection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shouhu.protection.application.ApplicationForms;
import org.shouhu.protection.domain.Measure;
import org.shouhu.shared.infrastructure.PdfPages;

/**
 * The protection-order application as an A4 PDF in Chinese ({@link PdfPages}: the CJK font
 * embedded; without one, 503 saying what to install). A character the font lacks (a rare name)
 * prints as □, to be written in by hand.
 */
@ApplicationScoped
public class PdfApplicationForms implements ApplicationForms {

  private static final float TITLE = 20;
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
    try (PdfPages page = new PdfPages(PdfPages.fontFile(configured))) {
      return write(page, form);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot print the application", e);
    }
  }

  private byte[] write(PdfPages page, Form form) throws IOException {
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
    return page.save();
  }

  private static void person(PdfPages page, String role, Person p) throws IOException {
    Person who = p == null ? new Person(null, null, null, null, null, null) : p;
    page.text(
        role + "：" + or(who.name()) + "　性别：" + or(who.sex()) + "　出生日期：" + or(who.birthDate()));
    page.text("身份证件号码：" + or(who.idNumber()) + "　联系电话：" + or(who.phone()));
    page.text("住址：" + or(who.address()));
  }

  private static String or(String value) {
    return value == null || value.isBlank() ? BLANK : value;
  }
}
