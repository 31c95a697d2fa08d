package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouhu.it.browser.Browser;
import org.shouhu.it.browser.LoginPage;
import org.shouhu.it.browser.ShellPage;

/**
 * A women's-federation caseworker records a protection-order application on the case page, sees the
 * ruling's countdown, and prints the application: a PDF with the victim's name in Chinese.
 */
@ExtendWith(Browser.class)
class DomesticViolencePagesIT extends DeployedShouhu {

  private static final String SHOUHU = Http.SERVER + "/shouhu/";
  private static final String VICTIM = "林晓梅";

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  private static WebDriverWait waiting(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Sets a date or time input as its picker would. */
  private static void pick(WebDriver driver, String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
  }

  @Test
  void aCaseworkerRecordsAnApplicationSeesTheCountdownAndPrintsTheForm(WebDriver driver)
      throws Exception {
    String id =
        intakes
            .create(
                "caseworker1",
                Intakes.report("210203001001")
                    .add("channel", "HOTLINE_12338")
                    .add("kind", "DOMESTIC_VIOLENCE")
                    .add("category", "PHYSICAL")
                    .add(
                        "subject",
                        Json.createObjectBuilder()
                            .add("name", VICTIM)
                            .add("sex", "F")
                            .add("birthDate", "1991-07-21"))
                    .build())
            .getString("id");
    String anHourAgo =
        LocalDateTime.now(ZoneOffset.ofHours(8))
            .minusHours(1)
            .truncatedTo(ChronoUnit.MINUTES)
            .toString();

    ShellPage shell = LoginPage.open(driver, SHOUHU).logInAs("caseworker1");
    driver.get(SHOUHU + "case.xhtml?id=" + id);
    waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("order-court")));
    driver.findElement(By.id("order-court")).sendKeys("大连市西岗区人民法院");
    pick(driver, "order-applied", anHourAgo);
    pick(driver, "order-accepted", anHourAgo);
    driver.findElement(By.cssSelector("label[for='order-measures:0']")).click();
    WebElement apply = driver.findElement(By.id("order-apply"));
    shell.withoutGrowls();
    apply.click();
    WebElement countdown =
        waiting(driver)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".order-countdown .countdown")));
    assertThat(countdown.getText()).contains("还剩").contains("小时");
    assertThat(driver.findElement(By.cssSelector(".order-status")).getText()).isEqualTo("待裁定");

    String href = driver.findElement(By.cssSelector("a.order-print")).getDomProperty("href");
    // what the browser receives when the link opens: fetched in the page, with its session
    Object base64 =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.headers.get('Content-Type').startsWith("
                    + "'application/pdf') ? r.arrayBuffer() : Promise.reject(r.status))"
                    + ".then(b => { var s = ''; new Uint8Array(b).forEach(x => s +="
                    + " String.fromCharCode(x)); done(btoa(s)); })"
                    + ".catch(e => done('failed: ' + e));",
                href);
    assertThat(base64.toString()).doesNotStartWith("failed");
    try (PDDocument doc = Loader.loadPDF(Base64.getDecoder().decode(base64.toString()))) {
      assertThat(new PDFTextStripper().getText(doc)).contains(VICTIM).contains("人身安全保护令申请书");
    }

    // the worklist's orders: the application awaits its ruling, with the countdown
    driver.get(SHOUHU + "cases.xhtml?view=orders");
    WebElement pending =
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("orders-pending")));
    assertThat(pending.getText()).contains(VICTIM).contains("还剩");
  }
}
