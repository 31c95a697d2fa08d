package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The monthly payment run (a Jakarta Batch job) on files confirmed in March: paid from April, each
 * the standard less its other benefits; the month paid once — a second run is 409, also two started
 * at once —; a month without a standard fails and pays nothing; the bank file's total is the run's
 * (read back with POI); the run lists case numbers and amounts, no names.
 */
class PaymentRunsIT extends DeployedShouhu {

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);
  private final Orphans orphans = new Orphans(http);

  /** A confirmed orphan (scattered: placed with relatives) paid from April 2023. */
  private String confirmedFile(String name, String otherBenefit) {
    String id = orphans.child(name, "F", "2011-01-10", "2023-03-01T09:00:00+08:00");
    orphans.confirmed(
        id,
        Orphans.application(
            "ORPHAN",
            "DEAD",
            "DECLARED_DEAD",
            "KINSHIP",
            "GUARDIAN",
            "发放监护人",
            "6228480012345678901",
            otherBenefit,
            "2023-03-02T10:00:00+08:00"),
        "2023-03-10T10:00:00+08:00",
        "2023-03-20T10:00:00+08:00");
    return id;
  }

  private HttpResponse<String> start(String token, String month) {
    return orphans.start(token, month);
  }

  private JsonObject finished(String id) throws InterruptedException {
    return orphans.finished(id);
  }

  private static JsonObject ok(HttpResponse<String> response, int status) {
    return Orphans.ok(response, status);
  }

  @Test
  void confirmedInMarchPaidFromAprilOnceWithTheBankFilesTotal() throws Exception {
    confirmedFile("发放儿童甲", "0.00");
    confirmedFile("发放儿童乙", "439.90");
    String token = http.token("caseworker1");

    // no standard for scattered orphans in force in April 2023 yet: the run fails, pays nothing
    JsonObject failed = ok(start(token, "2023-04"), 202);
    JsonObject none = finished(failed.getString("id"));
    assertThat(none.getString("status")).isEqualTo("FAILED");
    assertThat(none.getString("failure")).contains("社会散居孤儿");
    assertThat(none.getInt("count")).isZero();

    orphans.standard("ORPHAN_SCATTERED", "1439.90", "2023-01");
    // March: confirmed in March, paid from April — nothing to pay
    JsonObject march = finished(ok(start(token, "2023-03"), 202).getString("id"));
    assertThat(march.getString("status")).isEqualTo("DONE");
    assertThat(march.getJsonArray("items")).isEmpty();

    // April again (the failed run paid nothing), twice at once: one run, the other 409
    List<Integer> statuses =
        Concurrently.all(
            List.<Callable<Integer>>of(
                () -> start(token, "2023-04").statusCode(),
                () -> start(token, "2023-04").statusCode()));
    assertThat(statuses).containsExactlyInAnyOrder(202, 409);
    assertProblem(start(token, "2023-04"), 409);
    JsonObject april =
        Http.jsonArray(http.get(Http.API + "/payment-runs", token).body()).stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getString("month").equals("2023-04"))
            .filter(r -> !r.getString("status").equals("FAILED"))
            .findFirst()
            .orElseThrow();
    JsonObject run = finished(april.getString("id"));
    assertThat(run.getString("status")).isEqualTo("DONE");
    assertThat(run.getInt("progress")).isEqualTo(100);
    List<String> amounts =
        run.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("amount")).toList();
    assertThat(amounts).contains("1439.90", "1000.00");
    assertThat(run.toString()).doesNotContain("发放").doesNotContain("6228480012345678901");
    BigDecimal total = new BigDecimal(run.getString("total"));
    assertThat(total)
        .isEqualByComparingTo(
            amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add));

    // the bank file: payees, accounts, and the run's total
    HttpResponse<byte[]> file =
        http.sendBytes(
            HttpRequest.newBuilder(
                    URI.create(Http.API + "/payment-runs/" + run.getString("id") + "/bank-file"))
                .header("Authorization", "Bearer " + token)
                .GET());
    assertThat(file.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      Sheet sheet = book.getSheetAt(0);
      BigDecimal sum = BigDecimal.ZERO;
      boolean accountSeen = false;
      Row last = null;
      for (Row row : sheet) {
        if (row.getRowNum() == 0) {
          continue;
        }
        last = row;
        if (row.getCell(2) != null
            && row.getCell(2).getStringCellValue().equals("6228480012345678901")) {
          accountSeen = true;
        }
        if (row.getCell(0).getStringCellValue().equals("合计")) {
          break;
        }
        sum = sum.add(BigDecimal.valueOf(row.getCell(3).getNumericCellValue()));
      }
      assertThat(accountSeen).isTrue();
      assertThat(last.getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat(BigDecimal.valueOf(last.getCell(3).getNumericCellValue()))
          .isEqualByComparingTo(total);
      assertThat(sum.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo(total);
    }
    // only district caseworkers
    assertProblem(
        http.get(Http.API + "/payment-runs/" + run.getString("id"), http.token("director-a")), 403);
    assertProblem(start(http.token("admin1"), "2023-05"), 403);
  }

  /** A de-facto unattended child supported in 2021 only: paid from February, ended in December. */
  private void supportedIn2021(String name) {
    String id = orphans.child(name, "F", "2012-03-03", "2021-01-05T09:00:00+08:00");
    orphans.confirmed(
        id,
        Orphans.application(
            "DE_FACTO_UNATTENDED",
            "DEAD",
            "SERIOUS_ILLNESS",
            "KINSHIP",
            "GUARDIAN",
            "指标监护人",
            "6228480099990000111",
            "100.00",
            "2021-01-06T10:00:00+08:00"),
        "2021-01-10T10:00:00+08:00",
        "2021-01-20T10:00:00+08:00");
    ok(
        intakes.act(
            "caseworker1",
            id,
            "support-file/end",
            "{\"reason\": \"母亲病愈\", \"at\": \"2021-12-15T10:00:00+08:00\"}"),
        200);
  }

  @Test
  void theChildrenPaidInAYearAreCountedForThePlan() throws Exception {
    for (String n : List.of("甲", "乙", "丙", "丁", "戊")) {
      supportedIn2021("指标保障儿童" + n);
    }
    orphans.standard("DE_FACTO_UNATTENDED", "1439.90", "2021-01");
    JsonObject run = finished(ok(start(http.token("caseworker1"), "2021-02"), 202).getString("id"));
    assertThat(run.getString("status")).isEqualTo("DONE");
    assertThat(run.getJsonArray("items")).hasSize(5);
    assertThat(run.getString("total")).isEqualTo("6699.50"); // 5 × (1439.90 − 100.00)
    // 2022: ended in December 2021, so not paid
    JsonObject next =
        finished(ok(start(http.token("caseworker1"), "2022-01"), 202).getString("id"));
    assertThat(next.getJsonArray("items")).isEmpty();

    JsonObject answer = ok(http.get(Http.API + "/indicators?year=2021", http.token("stats1")), 200);
    JsonObject supported =
        answer.getJsonArray("indicators").stream()
            .map(JsonValue::asJsonObject)
            .filter(t -> t.getString("code").equals("ORPHAN_SUPPORTED"))
            .findFirst()
            .orElseThrow();
    assertThat(supported.getString("total")).isEqualTo("5");
    assertThat(supported.toString()).contains("6-11").doesNotContain("指标保障儿童");
  }
}
