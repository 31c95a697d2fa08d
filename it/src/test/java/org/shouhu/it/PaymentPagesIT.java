package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouhu.it.browser.Browser;
import org.shouhu.it.browser.LoginPage;
import org.shouhu.it.browser.ShellPage;

/**
 * A support file on the case page: the street supervisor verifies it, the district caseworker
 * confirms it. A caseworker starts May 2022's payment run, watches it finish, downloads its bank
 * file.
 */
@ExtendWith(Browser.class)
class PaymentPagesIT extends DeployedShouhu {

  private static final String SHOUHU = Http.SERVER + "/shouhu/";

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);
  private final Orphans orphans = new Orphans(http);

  private static WebDriverWait waiting(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  /** An orphan in an institution, confirmed in April 2022 and adopted in May: paid for May. */
  private void confirmedFile() {
    String id = orphans.child("页面孤儿甲", "F", "2015-06-01", "2022-04-01T09:00:00+08:00");
    orphans.confirmed(
        id,
        Orphans.application(
            "ORPHAN",
            "DEAD",
            "DEAD",
            "INSTITUTION",
            "INSTITUTION",
            "页面儿童福利院",
            "6217000011112222",
            "0.00",
            "2022-04-02T10:00:00+08:00"),
        "2022-04-08T10:00:00+08:00",
        "2022-04-20T10:00:00+08:00");
    // ended in May (adopted): paid for May 2022 alone, so no other test's month pays it
    Orphans.ok(
        intakes.act(
            "caseworker1",
            id,
            "support-file/end",
            "{\"reason\": \"依法收养\", \"at\": \"2022-05-25T10:00:00+08:00\"}"),
        200);
    orphans.standard("ORPHAN_INSTITUTION", "1885.40", "2022-01");
  }

  /** Decides the file on the case page as the signed-in reader, at {@code at}. */
  private static void decide(
      WebDriver driver, String id, String decision, String button, String at) {
    driver.get(SHOUHU + "case.xhtml?id=" + id);
    WebElement when =
        waiting(driver)
            .until(ExpectedConditions.presenceOfElementLocated(By.id("support-decision-at")));
    new Select(driver.findElement(By.id("support-decision"))).selectByValue(decision);
    when.clear();
    when.sendKeys(at);
    driver.findElement(By.id(button)).click();
  }

  @Test
  void theStreetVerifiesAndTheDistrictConfirmsOnTheCasePage(WebDriver driver) {
    // a child who turns 18 in June 2019: paid April to June 2019, months no other test pays
    String id = orphans.child("页面孤儿乙", "M", "2001-06-01", "2019-02-01T09:00:00+08:00");
    orphans.apply(
        id,
        Orphans.application(
            "ORPHAN",
            "DEAD",
            "DECLARED_DEAD",
            "KINSHIP",
            "GUARDIAN",
            "页面监护人",
            "6217000099998888",
            "0.00",
            "2019-02-20T10:00:00+08:00"));

    ShellPage shell = LoginPage.open(driver, SHOUHU).logInAs("supervisor-a");
    decide(driver, id, "VERIFIED", "support-verify", "2019-03-01 10:00");
    waiting(driver)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".support-status-VERIFIED")));
    assertThat(driver.findElements(By.id("support-verify"))).isEmpty();
    assertThat(driver.findElement(By.id("support-facts")).getText()).contains("****8888");

    shell.logOut().logInAs("caseworker1");
    decide(driver, id, "CONFIRMED", "support-confirm", "2019-03-10 10:00");
    waiting(driver)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".support-status-CONFIRMED")));
    assertThat(driver.findElement(By.id("support-status")).getText()).isEqualTo("保障中");
    assertThat(driver.findElement(By.id("support-months")).getText())
        .isEqualTo("2019-04 – 2019-06");
    assertThat(driver.findElements(By.id("support-review"))).hasSize(1);
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
