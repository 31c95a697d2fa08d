package org.shouhu.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.shouhu.directory.domain.JurisdictionRepository;
import org.shouhu.shared.application.CodeLists;
import org.shouhu.shared.application.Messages;
import org.shouhu.shared.domain.JurisdictionCode;

/**
 * How a cell's breakdown value reads (a street's name, 女, 公安机关…), for the page and the annual
 * report alike: one place, so that both say the same.
 */
@ApplicationScoped
public class IndicatorLabels {

  @Inject JurisdictionRepository jurisdictions;
  @Inject CodeLists lists;

  public String label(String key, String value, Locale language) {
    if (value == null || value.equals("UNKNOWN")) {
      return Messages.get(language, "indicators.unknown");
    }
    return switch (key) {
      case "street" ->
          JurisdictionCode.parse(value)
              .flatMap(jurisdictions::find)
              .map(j -> Messages.isEnglish(language) ? j.nameEn() : j.nameZh())
              .orElse(value);
      case "sex" -> Messages.get(language, "sex." + value);
      case "category" -> lists.label("category", value, language);
      case "kind" -> Messages.get(language, "kind." + value);
      case "measure" -> Messages.get(language, "planAction.type." + value);
      case "applicant" -> Messages.get(language, "orderApplicant." + value);
      case "urgent" -> Messages.get(language, "yesNo." + value);
      case "allowance" -> Messages.get(language, "allowanceCategory." + value);
      case "growth" -> Messages.get(language, "growthMeasure." + value);
      default -> value;
    };
  }

  /** The plan's section an indicator monitors: the first word of its plan text (儿童与安全…). */
  public static String section(String plan) {
    String first = plan == null ? "" : plan.strip().split("[\\s　]+")[0];
    return first.isEmpty() ? "-" : first;
  }

  /** The section's name in {@code language} (its Chinese name where no English one is kept). */
  public static String sectionName(String section, Locale language) {
    String key = "plan.section." + SECTIONS.indexOf(section);
    return Messages.isEnglish(language) && SECTIONS.contains(section)
        ? Messages.get(language, key)
        : section;
  }

  /** The sections of the two plans, in the plans' order (the English names are messages). */
  static final java.util.List<String> SECTIONS =
      java.util.List.of(
          "妇女与健康",
          "妇女与教育",
          "妇女与经济",
          "妇女参与决策和管理",
          "妇女与社会保障",
          "妇女与家庭建设",
          "妇女与环境",
          "妇女与法律",
          "儿童与健康",
          "儿童与安全",
          "儿童与教育",
          "儿童与福利",
          "儿童与家庭",
          "儿童与环境",
          "儿童与法律保护");
}
