package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
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

/**
 * The legal-aid officer decides a referral and assigns a lawyer on her page; a child director
 * accepts a transfer from her worklist.
 */
@ExtendWith(Browser.class)
class LegalAidPagesIT extends DeployedShouhu {

  private static final String SHOUHU = Http.SERVER + "/shouhu/";

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  private static WebDriverWait waiting(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  private static void type(WebDriver driver, String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static JsonObject ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response.body());
  }

  @Test
  void aLegalAidOfficerDecidesAReferralAndAssignsALawyer(WebDriver driver) {
    String id =
        intakes
            .create(
                "director-a",
                Intakes.report("210203001001")
                    .add("channel", "HOTLINE_12338")
                    .add("kind", "WOMENS_RIGHTS")
                    .add("category", "PROPERTY_RIGHTS")
                    .add(
                        "subject",
                        Json.createObjectBuilder()
                            .add("name", "页面援助申请人")
                            .add("sex", "F")
                            .add("birthDate", "1980-02-02"))
                    .build())
            .getString("id");
    String referral =
        ok(
                intakes.act(
                    "director-a",
                    id,
                    "legal-aid-referrals",
                    "{\"reason\": \"房产纠纷需要代理\", \"consent\": true}"),
                201)
            .getString("id");

    LoginPage.open(driver, SHOUHU).logInAs("legalaid1");
    driver.findElement(By.id("menu-legal-aid")).click();
    By open = By.xpath("//a[contains(@href, 'referral=" + referral + "')]");
    waiting(driver).until(ExpectedConditions.elementToBeClickable(open)).click();
    waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("la-decision-choice")));
    assertThat(driver.findElement(By.id("la-referral")).getText()).contains("页面援助申请人");
    new Select(driver.findElement(By.id("la-decision-choice"))).selectByValue("ACCEPTED");
    driver.findElement(By.id("la-decide-save")).click();
    waiting(driver)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("la-status")).getText().equals("已受理"));

    type(driver, "la-lawyer-name", "页面律师");
    type(driver, "la-firm", "星海律师事务所");
    driver.findElement(By.id("la-lawyer-save")).click();
    waiting(driver)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("la-lawyer")).getText().contains("页面律师"));

    JsonObject stored =
        ok(http.get(Http.API + "/legal-aid-referrals/" + referral, http.token("legalaid1")), 200);
    assertThat(stored.getString("status")).isEqualTo("ACCEPTED");
    assertThat(stored.getJsonObject("lawyer").getString("firm")).isEqualTo("星海律师事务所");
  }

  @Test
  void aDirectorAcceptsATransferFromHerWorklist(WebDriver driver) {
    JsonObject aCase = intakes.create("director-a", Intakes.report("210203001001").build());
    String id = aCase.getString("id");
    String number = aCase.getString("caseNumber");
    ok(
        intakes.act(
            "director-a", id, "transfers", "{\"to\": \"210203002001\", \"reason\": \"家庭搬到二街道\"}"),
        201);

    LoginPage.open(driver, SHOUHU).logInAs("director-b");
    driver.get(SHOUHU + "cases.xhtml");
    By row = By.xpath("//tr[.//span[@class='incoming-case' and text()='" + number + "']]");
    WebElement found = waiting(driver).until(ExpectedConditions.presenceOfElementLocated(row));
    assertThat(found.getText()).contains("家庭搬到二街道").doesNotContain("测试儿童");
    found.findElement(By.xpath(".//button[contains(@id, 'incoming-accept')]")).click();
    waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(row));

    assertThat(intakes.get("director-b", id).statusCode()).isEqualTo(200);
    assertThat(intakes.get("director-a", id).statusCode()).isEqualTo(404);
  }
}
