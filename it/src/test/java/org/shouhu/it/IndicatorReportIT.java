package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The annual monitoring report of 2012 (a year no other test writes): the PDF's text (PDFBox) and
 * the workbook's cells (POI) hold exactly the protected values the API answers, and nothing that
 * names anyone; only the statistician and the admin get it; a published year's report is frozen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorReportIT extends DeployedShouhu {

  private static final String YEAR = "2012";
  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);
  private final List<String> personal = new ArrayList<>();

  private void violence(String community, String name) {
    JsonObject c =
        intakes.create(
            "caseworker1",
            Intakes.report(community)
                .add("kind", "DOMESTIC_VIOLENCE")
                .add("category", "PHYSICAL")
                .add("receivedAt", YEAR + "-06-01T10:00:00+08:00")
                .add(
                    "subject",
                    Json.createObjectBuilder()
                        .add("name", name)
                        .add("sex", "F")
                        .add("birthDate", "1984-02-02")
                        .add("phone", "13912012012"))
                .build());
    personal.add(name);
    personal.add(c.getString("caseNumber"));
  }

  @BeforeAll
  void aYearOfViolence() {
    String tens = "甲乙丙丁戊己庚辛壬癸";
    for (int i = 0; i < 10; i++) {
      violence(i < 7 ? "210203001001" : "210203002001", "年报受害人" + tens.charAt(i));
    }
    personal.addAll(List.of("13912012012", "测试报告"));
  }

  private HttpResponse<byte[]> report(String user, String query) {
    return http.sendBytes(
        HttpRequest.newBuilder(URI.create(Http.API + "/indicators/report?" + query))
            .header("Authorization", "Bearer " + http.token(user))
            .GET());
  }

  private JsonObject api(String user, String language) {
    HttpResponse<String> r =
        http.get(
            Http.API + "/indicators?year=" + YEAR, http.token(user), "Accept-Language", language);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.json(r.body());
  }

  private static List<JsonObject> tables(JsonObject answer) {
    return answer.getJsonArray("indicators").stream().map(JsonValue::asJsonObject).toList();
  }

  private static String text(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key) ? null : o.getString(key);
  }

  /** The values of a table's cells, in order; none when it has no breakdown (its total only). */
  private static List<String> values(JsonObject table) {
    if (table.getJsonArray("cells").stream().allMatch(c -> c.asJsonObject().size() == 1)) {
      return List.of();
    }
    return table.getJsonArray("cells").stream()
        .map(c -> text(c.asJsonObject(), "value"))
        .map(v -> v == null ? "—" : v)
        .toList();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void thePdfHoldsTheApisProtectedValuesAndNoPersonalData() throws Exception {
    JsonObject answer = api("stats1", "zh-CN");
    HttpResponse<byte[]> r = report("stats1", "year=" + YEAR + "&format=pdf&lang=zh-CN");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains(".pdf"));
    String text = pdfText(r.body());
    assertThat(text).contains(YEAR + " 年妇女儿童发展规划监测报告");
    List<String> lines = Arrays.asList(text.split("\\R"));
    for (JsonObject t : tables(answer)) {
      String heading = t.getString("name") + "（" + t.getString("code") + "）";
      int at = lines.indexOf(heading);
      assertThat(at).as(heading).isNotNegative();
      List<String> part = lines.subList(at, lines.size());
      String total = text(t, "total");
      assertThat(part.get(2))
          .as(heading)
          .startsWith("合计：" + (total == null ? "—" : total) + "　目标：")
          .endsWith("状态：" + statusZh(t.getString("status")));
      List<String> values = values(t);
      if (!values.isEmpty()) {
        int head =
            part.indexOf(part.stream().filter(l -> l.endsWith(" 数值")).findFirst().orElseThrow());
        // the table's head ends with " 数值"; each row with its value, in the API's order
        assertThat(
                part.subList(head + 1, head + 1 + values.size()).stream()
                    .map(l -> l.substring(l.lastIndexOf(' ') + 1))
                    .toList())
            .as(heading)
            .isEqualTo(values);
      }
    }
    // the DV counts of the year: 7 in the first street, 3 ("<5") in the second
    JsonObject dv =
        tables(answer).stream()
            .filter(t -> t.getString("code").equals("DV_CASES"))
            .findFirst()
            .orElseThrow();
    assertThat(values(dv)).contains("<5");
    for (String p : personal) {
      assertThat(text).doesNotContain(p);
    }
  }

  private static String statusZh(String status) {
    return Map.of(
            "ON_TRACK", "达标",
            "AT_RISK", "有风险",
            "OFF_TRACK", "未达标",
            "NO_TARGET", "无目标或暂无数值")
        .get(status);
  }

  @Test
  void theWorkbookHasASheetPerSectionWithTheApisValues() throws Exception {
    JsonObject answer = api("admin1", "zh-CN");
    HttpResponse<byte[]> r = report("admin1", "year=" + YEAR + "&format=xlsx");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      List<String> sheets = new ArrayList<>();
      List<List<String>> rows = new ArrayList<>();
      for (Sheet sheet : book) {
        sheets.add(sheet.getSheetName());
        for (Row row : sheet) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : format.formatCellValue(cell));
          }
          rows.add(cells);
        }
      }
      // one sheet per section of the plans the indicators monitor
      assertThat(sheets)
          .containsExactlyInAnyOrderElementsOf(
              tables(answer).stream()
                  .map(t -> t.getString("plan").split("[\\s　]+")[0])
                  .distinct()
                  .toList());
      for (JsonObject t : tables(answer)) {
        String code = t.getString("code");
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
          if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(code)) {
            at = i;
          }
        }
        assertThat(at).as(code).isNotNegative();
        assertThat(rows.get(at + 2))
            .as(code)
            .containsExactly("合计", text(t, "total") == null ? "" : text(t, "total"));
        List<String> values = values(t);
        if (!values.isEmpty()) {
          int head = at + 1;
          while (!rows.get(head).get(rows.get(head).size() - 1).equals("数值")) {
            head++;
          }
          List<String> found = new ArrayList<>();
          for (List<String> row : rows.subList(head + 1, head + 1 + values.size())) {
            String v = row.get(row.size() - 1);
            found.add(v.isEmpty() ? "—" : v);
          }
          assertThat(found).as(code).isEqualTo(values);
        }
      }
      String all = rows.toString();
      for (String p : personal) {
        assertThat(all).doesNotContain(p);
      }
    }
  }

  @Test
  void inEnglishWhenAsked() throws Exception {
    HttpResponse<byte[]> r = report("stats1", "year=" + YEAR + "&format=pdf&lang=en");
    assertThat(r.statusCode()).isEqualTo(200);
    String text = pdfText(r.body());
    assertThat(text).contains("monitoring report " + YEAR).contains("Total: ");
    assertThat(text).doesNotContain("合计");
  }

  @Test
  void onlyTheStatisticianAndTheAdminGetIt() {
    for (String user : Http.DEMO_USERS) {
      if (user.equals("stats1") || user.equals("admin1")) {
        continue;
      }
      assertProblem(http.get(Http.API + "/indicators/report?year=" + YEAR, http.token(user)), 403);
    }
    assertThat(
            http.get(Http.API + "/indicators/report?year=" + YEAR + "&format=xlsx", null)
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void badParametersAreNamed() {
    String token = http.token("stats1");
    for (Map.Entry<String, String> bad :
        Map.of(
                "year=" + YEAR + "&format=docx",
                "format",
                "year=" + YEAR + "&lang=fr",
                "lang",
                "year=zwei&format=pdf",
                "year",
                "format=pdf",
                "year")
            .entrySet()) {
      JsonObject problem =
          assertProblem(http.get(Http.API + "/indicators/report?" + bad.getKey(), token), 422);
      assertThat(
              problem.getJsonArray("violations").stream()
                  .map(v -> v.asJsonObject().getString("field"))
                  .toList())
          .as(bad.getKey())
          .containsExactly(bad.getValue());
    }
  }

  @Test
  void aPublishedYearsReportIsFrozen() throws Exception {
    String token = http.token("stats1");
    HttpResponse<String> published =
        http.post(Http.API + "/indicators/releases", token, "application/json", "{\"year\":2013}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    String before = pdfText(report("stats1", "year=2013&format=pdf").body());
    // a case of 2013 comes to light after the release
    intakes.create(
        "caseworker1",
        Intakes.report("210203001001")
            .add("kind", "DOMESTIC_VIOLENCE")
            .add("category", "PHYSICAL")
            .add("receivedAt", "2013-06-01T10:00:00+08:00")
            .build());
    String after = pdfText(report("stats1", "year=2013&format=pdf").body());
    assertThat(after).contains("已发布第 1 版");
    // the same report but for when it was printed
    assertThat(withoutGenerated(after)).isEqualTo(withoutGenerated(before));
  }

  private static String withoutGenerated(String text) {
    return text.replaceAll("生成时间: \\S+ \\S+", "");
  }
}
