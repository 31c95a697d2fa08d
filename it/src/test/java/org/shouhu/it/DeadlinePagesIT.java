package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.shouhu.it.browser.Browser;
import org.shouhu.it.browser.LoginPage;
import org.shouhu.it.browser.ShellPage;

/** The pages of issue #6 in headless Chromium: a case's deadlines, the staff directory's gaps. */
@ExtendWith(Browser.class)
class DeadlinePagesIT extends DeployedShouhu {

  private static final String SHOUHU = Http.SERVER + "/shouhu/";

  private final Http http = new Http();
  private final Intakes intakes = new Intakes(http);

  @Test
  void theLinkInAMailShowsTheCaseWithItsOverdueDeadlineInRed(WebDriver driver) {
    String receivedAt =
        OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(2).withNano(0).toString();
    JsonObject created =
        intakes.create(
            "director-a", Intakes.report("210203001001").add("receivedAt", receivedAt).build());
    LoginPage.open(driver, SHOUHU).logInAs("supervisor-a");
    driver.get(SHOUHU + "case.xhtml?id=" + created.getString("id"));
    new ShellPage(driver);
    assertThat(driver.findElement(By.id("case-number")).getText())
        .isEqualTo(created.getString("caseNumber"));
    String overdue = driver.findElement(By.cssSelector(".deadline-overdue .state")).getText();
    assertThat(overdue).startsWith("已逾期").contains("天");
    assertThat(driver.findElement(By.cssSelector(".deadline-open .state")).getText())
        .startsWith("还剩");
  }

  @Test
  void aCaseOutsideTheUsersJurisdictionIsNotFound(WebDriver driver) {
    JsonObject created = intakes.create("director-a", Intakes.report("210203001001").build());
    LoginPage.open(driver, SHOUHU).logInAs("director-b");
    driver.get(SHOUHU + "case.xhtml?id=" + created.getString("id"));
    new ShellPage(driver);
    assertThat(driver.findElement(By.id("case-not-found")).getText()).contains("不在您的辖区内");
    assertThat(driver.getPageSource()).doesNotContain(created.getString("caseNumber"));
  }

  @Test
  void theAdministratorSeesTheStreetWithoutASupervisor(WebDriver driver) {
    http.post(Http.API + "/staff/sync", http.token("admin1"), "application/json", "{}");
    ShellPage staff = LoginPage.open(driver, SHOUHU).logInAs("admin1").openMenuEntry("menu-staff");
    assertThat(staff.text("staff-gap-list")).contains("白云街道").contains("缺少儿童督导员");
    assertThat(staff.text("staff-table"))
        .contains("supervisor-a")
        .contains("supervisor-a@shouhu.test");
  }
}
