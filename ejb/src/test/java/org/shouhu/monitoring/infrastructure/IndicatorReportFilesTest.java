package org.shouhu.monitoring.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.monitoring.application.IndicatorReport;
import org.shouhu.shared.infrastructure.PdfPages;

/**
 * The report's files print what they are given and nothing else: the PDF's text (read back with
 * PDFBox) holds the Chinese names, the statuses and every published value, charts and all; the
 * workbook (read back with POI) has a sheet per section whose values read exactly as published — a
 * count a number, a rate a percentage, "&lt;5" and "x" as they are. Needs a CJK system font.
 */
class IndicatorReportFilesTest {

  IndicatorReportFiles files = new IndicatorReportFiles();

  @BeforeEach
  void font() {
    assumeTrue(
        PdfPages.SYSTEM_FONTS.stream().map(Path::of).anyMatch(Files::isReadable),
        "a CJK system font (fonts-wqy-microhei)");
    files.configured = Optional.empty();
  }

  static IndicatorReport report() {
    IndicatorReport.Words words =
        new IndicatorReport.Words(
            "代码", "指标", "规划条目", "合计", "目标", "状态", "数值", "年度", "逐年趋势与目标", "分项数值", "生成时间", "：", "　");
    IndicatorReport.Part rate =
        new IndicatorReport.Part(
            "PO_RULED_ON_TIME",
            "人身安全保护令按时裁定率（PO_RULED_ON_TIME）",
            "人身安全保护令按时裁定率",
            "妇女与法律 SM4",
            "62.5%",
            "100%",
            "未达标",
            "目标为每年 100%（法定），2026 年为 62.5%，未达到。",
            List.of("紧急", "数值"),
            List.of(List.of("是", "x"), List.of("否", "75.0%")),
            new IndicatorReport.Chart(
                "人身安全保护令按时裁定率 — 逐年趋势与目标",
                List.of("2021", "2022", "2023"),
                Arrays.asList(new BigDecimal("50.0"), null, new BigDecimal("62.5")),
                new BigDecimal("100")),
            null);
    IndicatorReport.Part count =
        new IndicatorReport.Part(
            "DV_CASES",
            "家庭暴力案件数（DV_CASES）",
            "家庭暴力案件数",
            "妇女与法律 MG4",
            "37",
            null,
            "无目标或暂无数值",
            null,
            List.of("街道", "数值"),
            List.of(List.of("梅园街道", "30"), List.of("桃源街道", "<5"), List.of("柳岸街道", "x")),
            null,
            new IndicatorReport.Chart(
                "家庭暴力案件数 — 分项数值", List.of("梅园街道"), List.of(new BigDecimal("30")), null));
    return new IndicatorReport(
        2026,
        "2026 年妇女儿童发展规划监测报告",
        "示范区",
        List.of("尚未发布：以下数字随个案更正而变化。", "生成时间: 2026-11-29 10:00"),
        words,
        List.of(
            List.of("指标", "规划条目", "合计", "目标", "状态"),
            Arrays.asList("人身安全保护令按时裁定率", "妇女与法律 SM4", "62.5%", "100%", "未达标"),
            Arrays.asList("家庭暴力案件数", "妇女与法律 MG4", "37", "—", "无目标或暂无数值")),
        List.of(
            new IndicatorReport.Section("妇女与法律", List.of(rate, count)),
            new IndicatorReport.Section("儿童与安全", List.of())));
  }

  @Test
  void thePdfHoldsEveryPublishedValueInChinese() throws Exception {
    byte[] pdf = files.pdf(report());
    Files.write(Path.of(System.getProperty("java.io.tmpdir"), "shouhu-report-test.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("2026 年妇女儿童发展规划监测报告")
          .contains("人身安全保护令按时裁定率（PO_RULED_ON_TIME）")
          .contains("合计：62.5%")
          .contains("目标为每年 100%（法定）")
          .contains("梅园街道 30")
          .contains("桃源街道 <5")
          .contains("柳岸街道 x")
          .contains("是 x")
          .contains("否 75.0%");
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void theWorkbookHasASheetPerSectionWithValuesAsPublished() throws Exception {
    byte[] xlsx = files.xlsx(report());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(2);
      assertThat(book.getSheetName(0)).isEqualTo("妇女与法律");
      assertThat(book.getSheetName(1)).isEqualTo("儿童与安全");
      Sheet sheet = book.getSheetAt(0);
      DataFormatter format = new DataFormatter();
      List<String> lines = new java.util.ArrayList<>();
      for (Row row : sheet) {
        StringBuilder line = new StringBuilder();
        row.forEach(c -> line.append(format.formatCellValue(c)).append('|'));
        lines.add(line.toString());
      }
      assertThat(lines)
          .contains(
              "PO_RULED_ON_TIME|人身安全保护令按时裁定率|",
              "合计|62.5%|",
              "是|x|",
              "否|75.0%|",
              "梅园街道|30|",
              "桃源街道|<5|",
              "合计|37|");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("妇女与法律");
    }
  }
}
