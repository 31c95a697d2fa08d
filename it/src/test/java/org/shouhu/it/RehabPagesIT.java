package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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

/** A district caseworker approves a rehabilitation grant on the case page and files a claim. */
@ExtendWith(Browser.class)
class RehabPagesIT extends DeployedShouhu {

  private static final String SHOUHU = Http.SERVER + "/shouhu/";

  private final Http http = new Http();

  private static WebDriverWait waiting(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  private static void type(WebDriver driver, String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  @Test
  void aCaseworkerApprovesAGrantAndFilesAClaim(WebDriver driver) {
    RehabCases rehab = new RehabCases(http);
    String institution = rehab.institution("页面康复中心", "[\"TRAINING\"]");
    String id = rehab.child("页面康复儿童", "F", "2021-04-04", "2026-01-02T09:00:00+08:00");

    LoginPage.open(driver, SHOUHU).logInAs("caseworker1");
    driver.get(SHOUHU + "case.xhtml?id=" + id);
    waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("rehab-item")));
    new Select(driver.findElement(By.id("rehab-disability"))).selectByValue("HEARING");
    new Select(driver.findElement(By.id("rehab-item"))).selectByValue("TRAINING");
    new Select(driver.findElement(By.id("rehab-institution"))).selectByValue(institution);
    type(driver, "rehab-from", "2026-01");
    type(driver, "rehab-to", "2026-06");
    type(driver, "rehab-approved-at", "2026-01-05 10:00");
    driver.findElement(By.id("rehab-approve-save")).click();

    // the grant appears with the training cap of a child under 7, and the claim form with it
    WebElement cap =
        waiting(driver)
            .ignoring(StaleElementReferenceException.class)
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rehab-cap")));
    assertThat(cap.getText()).isEqualTo("2000.00");
    waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("rehab-claim-month")));
    type(driver, "rehab-claim-month", "2026-02");
    type(driver, "rehab-claim-amount", "1800.00");
    type(driver, "rehab-claim-oop", "2100.00");
    type(driver, "rehab-claim-sessions", "12");
    driver.findElement(By.id("rehab-claim-save")).click();

    waiting(driver)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.cssSelector(".rehab-claimed")).getText().equals("1800.00"));
    List<WebElement> amounts = driver.findElements(By.cssSelector(".rehab-claim-amount"));
    assertThat(amounts).extracting(WebElement::getText).containsExactly("1800.00");
  }

  @Test
  void anInstitutionsOfficerFilesAClaimOnHerPage(WebDriver driver) {
    RehabCases rehab = new RehabCases(http);
    var demo =
        http.post(
            Http.API + "/rehab-institutions",
            http.token("admin1"),
            "application/json",
            "{\"id\": \"demo-rehab-1\", \"name\": \"演示康复中心（测试）\", \"items\":"
                + " [\"TRAINING\", \"HEARING_AID\"]}");
    assertThat(demo.statusCode()).as(demo.body()).isIn(201, 409);
    String id = rehab.child("页面机构儿童", "M", "2022-05-05", "2026-01-02T09:00:00+08:00");
    var grant =
        http.post(
            Http.API + "/cases/" + id + "/rehab-grants",
            http.token("caseworker1"),
            "application/json",
            "{\"disability\": \"HEARING\", \"item\": \"TRAINING\", \"institution\":"
                + " \"demo-rehab-1\", \"from\": \"2026-01\", \"to\": \"2026-06\","
                + " \"approvedAt\": \"2026-01-05T10:00:00+08:00\"}");
    assertThat(grant.statusCode()).as(grant.body()).isEqualTo(201);
    String grantId = Http.json(grant.body()).getString("id");

    LoginPage.open(driver, SHOUHU).logInAs("institution1");
    driver.findElement(By.id("menu-institution")).click();
    waiting(driver)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("institution-claim-grant")));
    new Select(driver.findElement(By.id("institution-claim-grant")))
        .selectByValue(id + "/" + grantId);
    type(driver, "institution-claim-month", "2026-02");
    type(driver, "institution-claim-amount", "600.00");
    type(driver, "institution-claim-oop", "750.00");
    type(driver, "institution-claim-sessions", "6");
    driver.findElement(By.id("institution-claim-save")).click();

    By claimed = By.cssSelector("section[data-grant='" + grantId + "'] .institution-claimed");
    waiting(driver)
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(claimed).getText().equals("600.00"));
    String page = driver.findElement(By.id("institution-grants")).getText();
    assertThat(page).contains("页面机构儿童").doesNotContain("长江路小学").doesNotContain("测试报告");
  }
}
