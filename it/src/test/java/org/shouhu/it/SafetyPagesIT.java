package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouhu.it.browser.Browser;
import org.shouhu.it.browser.LoginPage;
import org.shouhu.it.browser.ShellPage;

/**
 * A caseworker records a risk assessment with a safety plan on the case page, and places the victim
 * in a shelter.
 */
@ExtendWith(Browser.class)
class SafetyPagesIT extends DeployedShouhu {

  private static final String SHOUHU = Http.SERVER + "/shouhu/";

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  private static WebDriverWait waiting(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @Test
  void aCaseworkerAssessesWithASafetyPlanAndPlacesTheVictimInAShelter(WebDriver driver) {
    String shelterName = "页面测试庇护站 " + System.nanoTime();
    HttpResponse<String> shelter =
        http.post(
            Http.API + "/shelters",
            http.token("admin1"),
            "application/json",
            Json.createObjectBuilder()
                .add("name", shelterName)
                .add("address", "西岗区平安路 3 号")
                .add("capacity", 2)
                .build()
                .toString());
    assertThat(shelter.statusCode()).as(shelter.body()).isEqualTo(201);
    String id =
        intakes
            .create(
                "caseworker1",
                Intakes.report("210203001001")
                    .add("channel", "HOTLINE_12338")
                    .add("kind", "DOMESTIC_VIOLENCE")
                    .add("category", "PHYSICAL")
                    .add("subject", Json.createObjectBuilder().add("name", "周玉兰").add("sex", "F"))
                    .build())
            .getString("id");
    int version = Http.json(intakes.get("caseworker1", id).body()).getInt("version");
    HttpResponse<String> moved =
        intakes.act(
            "caseworker1",
            id,
            "transitions",
            "{\"to\": \"ASSESSMENT\", \"version\": " + version + "}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

    ShellPage shell = LoginPage.open(driver, SHOUHU).logInAs("caseworker1");
    driver.get(SHOUHU + "case.xhtml?id=" + id);
    waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("plan-code")));
    // every question answered: yes to strangulation, threats to kill and a weapon (13: high)
    for (WebElement question : driver.findElements(By.cssSelector(".assessment-form .yes-no"))) {
      String code = question.getAttribute("class").replaceAll(".*answer-(\\S+).*", "$1");
      boolean yes =
          code.equals("DV_STRANGULATION")
              || code.equals("DV_THREAT_TO_KILL")
              || code.equals("DV_WEAPON");
      question.findElements(By.cssSelector("label")).get(yes ? 0 : 1).click();
    }
    driver.findElement(By.id("plan-contacts")).sendKeys("姐姐 周玉梅 13900002222");
    driver.findElement(By.id("plan-code")).sendKeys("晚上包饺子");
    driver.findElement(By.id("plan-where")).sendKeys("姐姐家");
    driver.findElement(By.cssSelector("label[for='plan-documents']")).click();
    WebElement submit = driver.findElement(By.id("assessment-submit"));
    shell.withoutGrowls();
    submit.click();
    WebElement level =
        waiting(driver)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".assessment .risk-level")));
    assertThat(level.getText()).isEqualTo("高");
    assertThat(driver.findElement(By.cssSelector(".code-word")).getText()).isEqualTo("晚上包饺子");

    new Select(
            waiting(driver)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("stay-shelter"))))
        .selectByVisibleText(shelterName + "（剩 2/2）");
    WebElement admit = driver.findElement(By.id("stay-admit"));
    shell.withoutGrowls();
    admit.click();
    WebElement address =
        waiting(driver)
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".shelter-address")));
    assertThat(address.getText()).isEqualTo("西岗区平安路 3 号");
    assertThat(driver.findElement(By.id("stay-table")).getText()).contains(shelterName);
  }

  @Test
  void theAdministratorAddsAShelter(WebDriver driver) {
    String name = "管理页面庇护站 " + System.nanoTime();
    ShellPage page =
        LoginPage.open(driver, SHOUHU).logInAs("admin1").openMenuEntry("menu-shelters");
    driver.findElement(By.id("shelter-name")).sendKeys(name);
    driver.findElement(By.id("shelter-address")).sendKeys("西岗区长春路 9 号");
    driver.findElement(By.id("shelter-capacity")).sendKeys("4");
    WebElement table = driver.findElement(By.id("shelter-table"));
    page.withoutGrowls();
    driver.findElement(By.id("shelter-create")).click();
    waiting(driver).until(ExpectedConditions.stalenessOf(table));
    WebElement listed =
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("shelter-table")));
    assertThat(listed.getText()).contains(name).doesNotContain("长春路");
  }
}
