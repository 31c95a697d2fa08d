package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouhu.it.browser.Browser;
import org.shouhu.it.browser.LoginPage;
import org.shouhu.it.browser.ShellPage;

/**
 * Child protection in the browser: a director records a home visit on her phone and finds the next
 * visit on her worklist; a street supervisor approves an assessment from "awaiting my review".
 */
@ExtendWith(Browser.class)
class ChildProtectionPagesIT extends DeployedShouhu {

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

  private void move(String user, String id, String to) {
    int version = Http.json(intakes.get(user, id).body()).getInt("version");
    HttpResponse<String> moved =
        intakes.act(
            user, id, "transitions", "{\"to\": \"" + to + "\", \"version\": " + version + "}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
  }

  @Test
  void aDirectorRecordsAVisitOnHerPhoneAndSeesTheNextOnHerWorklist(WebDriver driver) {
    String director = users.create("child-director", "210203005002");
    JsonObject created = intakes.create(director, Intakes.report("210203005002").build());
    String today = LocalDate.now(ZoneOffset.ofHours(8)).toString();
    driver.manage().window().setSize(new Dimension(390, 844));

    ShellPage shell = LoginPage.open(driver, SHOUHU).logInAs(director);
    driver.get(SHOUHU + "case.xhtml?id=" + created.getString("id"));
    WebElement form =
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("visit-form")));
    assertThat(form.getSize().getWidth()).isLessThanOrEqualTo(390);
    driver.findElement(By.id("visit-present")).sendKeys("母亲、外祖母");
    driver.findElement(By.cssSelector("label[for='visit-alone:0']")).click();
    driver.findElement(By.id("visit-notes")).sendKeys("孩子精神状态良好，伤处已结痂");
    // a phone's date picker: the value it would set
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];", driver.findElement(By.id("visit-next")), today);
    WebElement save = driver.findElement(By.id("visit-save"));
    shell.withoutGrowls();
    save.click();
    waiting(driver).until(ExpectedConditions.stalenessOf(save));
    WebElement visits =
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("case-visits")));
    assertThat(visits.getText()).contains("母亲、外祖母").contains("孩子精神状态良好");

    driver.get(SHOUHU + "cases.xhtml?view=visits");
    WebElement link =
        waiting(driver)
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.linkText(created.getString("caseNumber"))));
    assertThat(driver.findElement(By.id("wl-table")).getText()).contains("下次走访");
    link.click();
    waiting(driver)
        .until(ExpectedConditions.textToBe(By.id("case-number"), created.getString("caseNumber")));
  }

  @Test
  void aSupervisorApprovesAnAssessmentFromAwaitingMyReview(WebDriver driver) {
    JsonObject created = intakes.create("director-a", Intakes.report("210203001001").build());
    String id = created.getString("id");
    move("director-a", id, "ASSESSMENT");
    JsonObject instrument =
        Http.json(
            http.get(Http.API + "/assessment-instruments/CP_SAFETY_RISK", http.token("director-a"))
                .body());
    JsonObjectBuilder answers = Json.createObjectBuilder();
    for (JsonValue item : instrument.getJsonArray("items")) {
      answers.add(
          item.asJsonObject().getString("code"),
          item.asJsonObject().getString("group").equals("SAFETY_THREAT"));
    }
    HttpResponse<String> assessed =
        intakes.act(
            "director-a",
            id,
            "assessments",
            Json.createObjectBuilder()
                .add("instrument", "CP_SAFETY_RISK")
                .add("answers", answers)
                .build()
                .toString());
    assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(201);

    ShellPage shell = LoginPage.open(driver, SHOUHU).logInAs("supervisor-a");
    driver.get(SHOUHU + "cases.xhtml?view=review");
    WebElement review =
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("review-table")));
    assertThat(review.getText()).contains(created.getString("caseNumber")).contains("极高");
    driver.findElement(By.linkText(created.getString("caseNumber"))).click();
    waiting(driver)
        .until(ExpectedConditions.textToBe(By.id("case-number"), created.getString("caseNumber")));
    assertThat(driver.findElement(By.cssSelector(".assessment-rule")).getText()).contains("安全威胁");
    driver.findElement(By.cssSelector("[id$='review-reason']")).sendKeys("同意，立即安排临时监护");
    WebElement approve = driver.findElement(By.cssSelector("[id$='review-approve']"));
    shell.withoutGrowls();
    approve.click();
    waiting(driver).until(ExpectedConditions.textToBe(By.cssSelector(".assessment-status"), "已批准"));
    assertThat(driver.findElements(By.cssSelector("[id$='review-approve']"))).isEmpty();
    assertThat(driver.findElement(By.id("case-timeline")).getText())
        .contains("审核评估")
        .contains("批准")
        .doesNotContain("APPROVED");
  }
}
