package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouhu.it.browser.Browser;
import org.shouhu.it.browser.LoginPage;
import org.shouhu.it.browser.ShellPage;

/**
 * DOMAIN.md §4 on the case page, one role after another on the same case (see {@link FullCase}):
 * the page shows what the read model hands it and nothing else; and a case page refused from the
 * browser is in the access log like a refused REST call.
 */
@ExtendWith(Browser.class)
class WhoSeesWhatPagesIT extends DeployedShouhu {

  private static final String SHOUHU = Http.SERVER + "/shouhu/";

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);
  private final KeycloakUsers users = new KeycloakUsers(http);

  @AfterEach
  void removeUsers() {
    users.removeAll();
  }

  private static WebDriverWait waiting(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  private static ShellPage open(WebDriver driver, String user, FullCase c) {
    LoginPage.open(driver, SHOUHU).logInAs(user);
    driver.get(SHOUHU + "case.xhtml?id=" + c.id);
    return new ShellPage(driver);
  }

  private static void caseShown(WebDriver driver, FullCase c) {
    waiting(driver).until(ExpectedConditions.textToBe(By.id("case-number"), c.caseNumber));
  }

  @Test
  void eachRoleSeesItsPartsOfTheCasePage(WebDriver driver) {
    FullCase c = FullCase.create(intakes);
    String breakGlassReader = users.create("child-supervisor", "210203004");

    // the hotline operator who took it in, while at INTAKE
    ShellPage page = open(driver, "hotline1", c);
    caseShown(driver, c);
    assertThat(page.has("case-reporter")).isTrue();
    assertThat(page.has("case-visits")).isFalse();
    assertThat(page.has("case-timeline")).isFalse();
    assertThat(page.has("referral-table")).isFalse();
    assertThat(driver.getPageSource())
        .contains(FullCase.SUBJECT_ADDRESS_MASKED, FullCase.GUARDIAN, FullCase.RESPONDENT)
        .doesNotContain(FullCase.SUBJECT_ADDRESS)
        .doesNotContain(FullCase.VISIT_NOTE);
    page.logOut();

    // the handler: every part, masked until she reveals
    page = open(driver, "director-a", c);
    caseShown(driver, c);
    assertThat(page.has("case-reporter")).isTrue();
    assertThat(page.text("case-visits")).contains(FullCase.VISIT_NOTE);
    assertThat(page.has("case-timeline")).isTrue();
    assertThat(page.text("referral-table")).contains(FullCase.REFERRAL_REASON);
    assertThat(driver.getPageSource()).doesNotContain(FullCase.SUBJECT_ADDRESS);
    page.click("case-reveal");
    waiting(driver)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("case-people"), FullCase.SUBJECT_ADDRESS));
    assertThat(page.text("case-people")).contains(c.subjectId, FullCase.SUBJECT_PHONE);
    page.logOut();

    // the legal-aid officer: the referral view
    page = open(driver, "legalaid1", c);
    caseShown(driver, c);
    assertThat(page.has("case-reporter")).isFalse();
    assertThat(page.has("case-visits")).isFalse();
    assertThat(page.has("case-timeline")).isFalse();
    assertThat(page.has("case-reveal")).isFalse();
    assertThat(page.text("referral-table")).contains(FullCase.REFERRAL_REASON);
    assertThat(driver.getPageSource())
        .contains(FullCase.RESPONDENT)
        .doesNotContain(FullCase.GUARDIAN)
        .doesNotContain(FullCase.REPORTER)
        .doesNotContain(FullCase.VISIT_NOTE)
        .doesNotContain(FullCase.SUBJECT_ADDRESS);
    page.logOut();

    // a supervisor of another street: not found, then break-glass with a reason
    page = open(driver, breakGlassReader, c);
    waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("case-not-found")));
    driver.findElement(By.id("bg-reason")).sendKeys("家庭迁入本街道，夜间求助");
    page.click("bg-open");
    caseShown(driver, c);
    assertThat(page.text("case-break-glass")).contains("紧急查阅");
    assertThat(page.has("case-reporter")).isFalse();
    assertThat(page.text("case-visits")).contains(FullCase.VISIT_NOTE);
    assertThat(page.has("case-timeline")).isTrue();
    assertThat(driver.getPageSource()).doesNotContain(FullCase.REPORTER);
    page.logOut();

    // the statistician reads no case, and is offered no break-glass
    page = open(driver, "stats1", c);
    waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("case-not-found")));
    assertThat(page.has("bg-reason")).isFalse();
    assertThat(driver.getPageSource()).doesNotContain(FullCase.SUBJECT);

    // both refusals of the page are in the access log, as a refused REST read would be
    List<JsonObject> log =
        Http.json(
                http.get(Http.API + "/audit?case=" + c.id + "&size=100", http.token("auditor1"))
                    .body())
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(log)
        .anyMatch(
            e ->
                e.getString("user").equals("stats1")
                    && e.getString("outcome").equals("NOT_FOUND")
                    && e.getString("action").equals("READ"));
    assertThat(log)
        .anyMatch(
            e ->
                e.getString("user").equals(breakGlassReader)
                    && e.getString("outcome").equals("NOT_FOUND"));
    assertThat(log)
        .anyMatch(e -> e.getString("user").equals(breakGlassReader) && e.getBoolean("breakGlass"));
  }
}
