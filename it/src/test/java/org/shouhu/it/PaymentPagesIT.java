package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouhu.it.browser.Browser;
import org.shouhu.it.browser.LoginPage;

/** A caseworker starts May 2022's payment run, watches it finish, downloads its bank file. */
@ExtendWith(Browser.class)
class PaymentPagesIT extends DeployedShouhu {

  private static final String SHOUHU = Http.SERVER + "/shouhu/";

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  private static WebDriverWait waiting(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  /** An orphan in an institution, confirmed in April 2022 and adopted in May: paid for May. */
  private void confirmedFile() {
    String id =
        intakes
            .create(
                "director-a",
                Intakes.report("210203001001")
                    .add("kind", "ORPHAN_SUPPORT")
                    .add("category", "OTHER")
                    .add("receivedAt", "2022-04-01T09:00:00+08:00")
                    .add(
                        "subject",
                        Json.createObjectBuilder()
                            .add("name", "页面孤儿甲")
                            .add("sex", "F")
                            .add("birthDate", "2015-06-01"))
                    .build())
            .getString("id");
    assertThat(
            intakes
                .act(
                    "director-a",
                    id,
                    "support-file",
                    "{\"category\": \"ORPHAN\", \"grounds\": {\"father\": {\"situation\":"
                        + " \"DEAD\"}, \"mother\": {\"situation\": \"DEAD\"}}, \"placement\":"
                        + " \"INSTITUTION\", \"payee\": {\"kind\": \"INSTITUTION\", \"name\":"
                        + " \"页面儿童福利院\", \"bankAccount\": \"6217000011112222\"},"
                        + " \"appliedAt\": \"2022-04-02T10:00:00+08:00\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            intakes
                .act(
                    "supervisor-a",
                    id,
                    "support-file/verification",
                    "{\"decision\": \"VERIFIED\", \"at\": \"2022-04-08T10:00:00+08:00\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            intakes
                .act(
                    "caseworker1",
                    id,
                    "support-file/confirmation",
                    "{\"decision\": \"CONFIRMED\", \"at\": \"2022-04-20T10:00:00+08:00\"}")
                .statusCode())
        .isEqualTo(200);
    // ended in May (adopted): paid for May 2022 alone, so no other test's month pays it
    assertThat(
            intakes
                .act(
                    "caseworker1",
                    id,
                    "support-file/end",
                    "{\"reason\": \"依法收养\", \"at\": \"2022-05-25T10:00:00+08:00\"}")
                .statusCode())
        .isEqualTo(200);
    var standard =
        http.post(
            Http.API + "/allowance-standards",
            http.token("admin1"),
            "application/json",
            "{\"category\": \"ORPHAN_INSTITUTION\", \"monthly\": \"1885.40\", \"from\": \"2022-01\"}");
    assertThat(standard.statusCode()).as(standard.body()).isIn(201, 409);
  }

  @Test
  void aCaseworkerStartsARunWatchesItAndDownloadsTheBankFile(WebDriver driver) throws Exception {
    confirmedFile();
    LoginPage.open(driver, SHOUHU).logInAs("caseworker1");
    driver.findElement(By.id("menu-payments")).click();
    WebElement month =
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("payment-month")));
    month.clear();
    month.sendKeys("2022-05");
    driver.findElement(By.id("payment-start")).click();

    // the page polls while the run pays: wait until its row says it is done
    By row = By.xpath("//tr[.//span[@class='payment-month' and text()='2022-05']]");
    waiting(driver)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(row).getAttribute("class").contains("payment-DONE"));
    WebElement done = driver.findElement(row);
    assertThat(done.findElement(By.className("payment-status")).getText()).isEqualTo("已完成");
    String total = done.findElement(By.className("payment-total")).getText();
    assertThat(total).isNotEqualTo("0.00");

    Path downloads = Browser.downloads(driver);
    done.findElement(By.cssSelector("button.bank-file")).click();
    Path file = downloads.resolve("shouhu-allowance-2022-05.xlsx");
    waiting(driver)
        .until(
            d -> {
              try (var files = Files.list(downloads)) {
                return Files.exists(file)
                    && files.noneMatch(f -> f.toString().endsWith(".crdownload"));
              } catch (IOException e) {
                return false;
              }
            });
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
      Row last = book.getSheetAt(0).getRow(book.getSheetAt(0).getLastRowNum());
      assertThat(last.getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat(String.format("%.2f", last.getCell(3).getNumericCellValue())).isEqualTo(total);
    }
  }
}
