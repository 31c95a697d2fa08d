package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
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
 * Case work in headless Chromium: a call taken by keyboard alone, the case moved on, its closure
 * requested and approved, two people saving one case, the worklist on a phone.
 */
@ExtendWith(Browser.class)
class CaseWorkIT extends DeployedShouhu {

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

  /** A name of 3–4 Han characters no other test uses. */
  private static String uniqueName() {
    String stems = "甲乙丙丁戊己庚辛壬癸";
    StringBuilder name = new StringBuilder("键");
    for (int i = 0; i < 5; i++) {
      name.append(stems.charAt(ThreadLocalRandom.current().nextInt(stems.length())));
    }
    return name.toString();
  }

  /** Types into whatever has the focus, as a keyboard would. */
  private static void type(WebDriver driver, CharSequence... keys) {
    driver.switchTo().activeElement().sendKeys(keys);
  }

  private static String growl(WebDriver driver) {
    return waiting(driver)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-item")))
        .getText();
  }

  private JsonObject caseOf(String user, String name, String idNumber, String receivedAt) {
    return intakes.create(
        user,
        Intakes.report("210203001001")
            .add("receivedAt", receivedAt)
            .add(
                "subject",
                Json.createObjectBuilder()
                    .add("name", name)
                    .add("sex", "F")
                    .add("birthDate", birthOf(idNumber))
                    .add("idNumber", idNumber))
            .build());
  }

  private static String birthOf(String idNumber) {
    return idNumber.substring(6, 10)
        + "-"
        + idNumber.substring(10, 12)
        + "-"
        + idNumber.substring(12, 14);
  }

  private static String now() {
    return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).withNano(0).toString();
  }

  @Test
  void anOperatorRecordsACallByKeyboardAloneAndIsWarnedOfAKnownPerson(WebDriver driver) {
    String name = uniqueName();
    String idNumber = Intakes.randomResidentId();
    String birth = birthOf(idNumber);
    JsonObject known = caseOf("hotline1", name, idNumber, now());

    LoginPage.open(driver, SHOUHU + "intake.xhtml").logInAs("hotline1");
    waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("in-channel")));
    // from here on: the keyboard only
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("in-channel");
    type(driver, Keys.TAB); // channel: 12338 hotline (the operator's default)
    type(driver, Keys.TAB); // kind: child protection
    type(driver, Keys.TAB); // received: now
    type(driver, Keys.ARROW_DOWN, Keys.TAB); // community: the first of the district
    type(driver, Keys.ARROW_DOWN, Keys.TAB); // category: the first the kind allows
    type(driver, Keys.SPACE, Keys.TAB); // urgent
    type(driver, "邻居来电：孩子独自在家两天", Keys.TAB);
    type(driver, name, Keys.ENTER, Keys.TAB); // Enter in a field does not submit
    type(driver, Keys.ARROW_DOWN, Keys.TAB); // sex: female
    type(driver, birth, Keys.TAB);
    type(driver, Keys.ARROW_DOWN, Keys.TAB); // resident ID
    type(driver, idNumber, Keys.TAB);
    // the warning, before saving: she may see the earlier case, so it is named
    String warning =
        waiting(driver)
            .ignoring(StaleElementReferenceException.class)
            .until(
                d -> {
                  String text = d.findElement(By.id("dup-warning")).getText();
                  return text.contains(known.getString("caseNumber")) ? text : null;
                });
    assertThat(warning).contains("在办个案");
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("in-phone");
    type(driver, "13800001111", Keys.TAB);
    type(driver, "西岗区长江路1号", Keys.TAB);
    type(driver, Keys.ARROW_DOWN, Keys.TAB); // reporter: school
    type(driver, Keys.TAB); // not anonymous
    type(driver, "邻居", Keys.TAB);
    type(driver, "13900002222", Keys.CONTROL, Keys.ENTER); // Ctrl+Enter saves

    String number =
        waiting(driver)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("case-number")))
            .getText();
    assertThat(number).startsWith("XG-").isNotEqualTo(known.getString("caseNumber"));
    assertThat(driver.findElement(By.id("case-status")).getText()).isEqualTo("接报");
    assertThat(driver.getPageSource()).contains(name).contains("【紧急】");
  }

  @Test
  void aDirectorMovesTheCaseOnAndItsSupervisorApprovesItsClosure(WebDriver driver) {
    http.post(Http.API + "/staff/sync", http.token("admin1"), "application/json", "{}");
    JsonObject created = caseOf("hotline1", uniqueName(), Intakes.randomResidentId(), now());
    String number = created.getString("caseNumber");

    ShellPage director = LoginPage.open(driver, SHOUHU).logInAs("director-a");
    director.openMenuEntry("menu-cases");
    driver.findElement(By.linkText(number)).click();
    waiting(driver).until(ExpectedConditions.textToBe(By.id("case-number"), number));
    driver.findElement(By.cssSelector(".move-ASSESSMENT")).click();
    waiting(driver).until(ExpectedConditions.textToBe(By.id("case-status"), "评估"));
    driver.findElement(By.id("closure-reason")).sendKeys("评估后无需干预");
    driver.findElement(By.id("closure-request")).click();
    waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("closure-pending")));
    assertThat(driver.findElements(By.id("closure-approve"))).isEmpty(); // never her own
    new ShellPage(driver).logOut();

    LoginPage.open(driver, SHOUHU).logInAs("supervisor-a");
    driver.get(SHOUHU + "case.xhtml?id=" + created.getString("id"));
    waiting(driver).until(ExpectedConditions.textToBe(By.id("case-number"), number));
    assertThat(driver.findElement(By.id("case-reporter-type")).getText()).isEqualTo("学校");
    new Select(driver.findElement(By.id("assign-to"))).selectByValue("director-a");
    driver.findElement(By.id("assign")).click();
    waiting(driver).until(ExpectedConditions.textToBe(By.id("case-assignee"), "director-a"));
    driver.findElement(By.id("decision-reason")).sendKeys("同意结案");
    driver.findElement(By.id("closure-approve")).click();
    waiting(driver).until(ExpectedConditions.textToBe(By.id("case-status"), "结案"));
    assertThat(driver.findElement(By.id("case-timeline")).getText())
        .contains("申请结案")
        .contains("批准结案");
  }

  @Test
  void whenSomeoneElseSavedFirstTheSecondIsToldSoAndKeepsHerText(
      WebDriver first, WebDriver second) {
    JsonObject created = caseOf("hotline1", uniqueName(), Intakes.randomResidentId(), now());
    String url = SHOUHU + "case.xhtml?id=" + created.getString("id");
    LoginPage.open(first, SHOUHU).logInAs("director-a");
    LoginPage.open(second, SHOUHU).logInAs("supervisor-a");
    first.get(url);
    second.get(url);
    waiting(second).until(ExpectedConditions.presenceOfElementLocated(By.id("act-reason")));

    first.findElement(By.cssSelector(".move-ASSESSMENT")).click();
    waiting(first).until(ExpectedConditions.textToBe(By.id("case-status"), "评估"));

    String mine = "家访发现监护人酗酒，建议先评估再决定";
    second.findElement(By.id("act-reason")).sendKeys(mine);
    second.findElement(By.cssSelector(".move-ASSESSMENT")).click();
    assertThat(growl(second)).contains("其他人已保存");
    waiting(second).until(ExpectedConditions.textToBe(By.id("case-status"), "评估"));
    assertThat(second.findElement(By.id("act-reason")).getAttribute("value")).isEqualTo(mine);
  }

  @Test
  void aDirectorUsesTheWorklistOnAPhone(WebDriver driver) {
    // a director of a community of her own, so that no other test's cases crowd her list
    String director = users.create("child-director", "210203005003");
    String twoDaysAgo =
        OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(2).withNano(0).toString();
    JsonObject late =
        intakes.create(
            director,
            Intakes.report("210203005003")
                .add("receivedAt", twoDaysAgo)
                .add(
                    "subject", Json.createObjectBuilder().add("name", uniqueName()).add("sex", "F"))
                .build());
    driver.manage().window().setSize(new Dimension(390, 844));

    ShellPage shell = LoginPage.open(driver, SHOUHU).logInAs(director);
    shell.toggleMenu();
    shell.openMenuEntry("menu-cases");
    WebElement table = driver.findElement(By.id("wl-table"));
    driver.findElement(By.cssSelector("#wl-overdue .ui-chkbox-box")).click();
    waiting(driver).until(ExpectedConditions.stalenessOf(table));
    WebElement link =
        waiting(driver)
            .until(
                ExpectedConditions.elementToBeClickable(By.linkText(late.getString("caseNumber"))));
    assertThat(driver.findElement(By.id("wl-table")).getText()).contains("已逾期");
    assertThat(driver.findElement(By.id("wl-table")).getSize().getWidth()).isLessThanOrEqualTo(390);
    link.click();
    waiting(driver)
        .until(ExpectedConditions.textToBe(By.id("case-number"), late.getString("caseNumber")));
  }

  @Test
  void aDirectorBreaksTheGlassAndTheAuditorSeesItMarkedInAVerifiedLog(WebDriver driver) {
    JsonObject created = caseOf("director-a", uniqueName(), Intakes.randomResidentId(), now());
    String id = created.getString("id");

    LoginPage.open(driver, SHOUHU).logInAs("director-b");
    driver.get(SHOUHU + "case.xhtml?id=" + id);
    waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("case-not-found")));
    driver.findElement(By.id("bg-reason")).sendKeys("家庭昨夜迁入本社区，孩子受伤就医");
    driver.findElement(By.id("bg-open")).click();
    waiting(driver)
        .until(ExpectedConditions.textToBe(By.id("case-number"), created.getString("caseNumber")));
    new ShellPage(driver).logOut();

    ShellPage audit =
        LoginPage.open(driver, SHOUHU).logInAs("auditor1").openMenuEntry("menu-audit");
    driver.findElement(By.id("audit-case")).sendKeys(id);
    WebElement table = driver.findElement(By.id("audit-table"));
    audit.click("audit-filter");
    waiting(driver).until(ExpectedConditions.stalenessOf(table));
    String log = driver.findElement(By.id("audit-table")).getText();
    assertThat(log).contains("紧急查阅").contains("【紧急查阅】").contains("孩子受伤就医");
    assertThat(log).contains("director-b").contains("登记").contains("成功");
    audit.click("audit-verify");
    waiting(driver)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-verdict"), "日志链完整"));

    // a time that cannot be read is said so on its field, not silently ignored
    driver.findElement(By.id("audit-from")).sendKeys("昨天");
    audit.click("audit-filter");
    waiting(driver)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("audit-from-error"), "YYYY-MM-DD HH:mm"));
  }

  @Test
  void aDirectorUploadsAPhotoFromTheCasePageAndSeesItsThumbnail(WebDriver driver) throws Exception {
    JsonObject created = caseOf("director-a", uniqueName(), Intakes.randomResidentId(), now());
    java.nio.file.Path photo = java.nio.file.Files.createTempFile("伤情", ".jpg");
    java.nio.file.Files.write(photo, Files.picture("jpg"));
    LoginPage.open(driver, SHOUHU).logInAs("director-a");
    driver.get(SHOUHU + "case.xhtml?id=" + created.getString("id"));
    waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("attachment-file")));
    driver.findElement(By.id("attachment-file")).sendKeys(photo.toString());
    new Select(driver.findElement(By.id("attachment-label"))).selectByValue("PHOTO");
    driver.findElement(By.id("attachment-note")).sendKeys("左臂淤青");
    WebElement upload = driver.findElement(By.id("attachment-upload"));
    upload.click();
    waiting(driver).until(ExpectedConditions.stalenessOf(upload));
    WebElement thumbnail =
        waiting(driver)
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.thumbnail")));
    // thumbnails load lazily: scroll to the files, as she would
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView();", thumbnail);
    // the picture the server made has arrived and decoded: its natural width is the thumbnail's
    Object width =
        waiting(driver)
            .until(
                d -> {
                  Object w =
                      ((org.openqa.selenium.JavascriptExecutor) d)
                          .executeScript(
                              "var i = document.querySelector('img.thumbnail');"
                                  + " return i && i.complete ? i.naturalWidth : null;");
                  return w != null && ((Number) w).intValue() > 0 ? w : null;
                });
    assertThat(((Number) width).intValue()).isLessThanOrEqualTo(240);
    assertThat(thumbnail.getAttribute("src")).contains("/attachments/").endsWith("/thumbnail");
    assertThat(driver.findElement(By.id("attachment-table")).getText())
        .contains(".jpg")
        .contains("左臂淤青");
    // the referral form offers the file to share with legal aid
    assertThat(driver.findElement(By.id("referral-files")).getText()).contains(".jpg");
    java.nio.file.Files.delete(photo);
  }

  @Test
  void aDomesticViolenceCallAsksForTheRespondent(WebDriver driver) {
    LoginPage.open(driver, SHOUHU + "intake.xhtml").logInAs("hotline1");
    waiting(driver).until(ExpectedConditions.elementToBeClickable(By.id("people-add"))).click();
    WebElement guardianName =
        waiting(driver)
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".party-name")));
    String guardian = uniqueName();
    guardianName.sendKeys(guardian);
    new Select(driver.findElement(By.id("in-kind"))).selectByValue("DOMESTIC_VIOLENCE");
    waiting(driver)
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".party-name"), 2));
    // what was typed in the first row survives the kind's change
    assertThat(driver.findElements(By.cssSelector(".party-name")).get(0).getAttribute("value"))
        .isEqualTo(guardian);
    WebElement respondent = driver.findElements(By.cssSelector(".party-name")).get(1);
    assertThat(
            new Select(driver.findElements(By.cssSelector(".party-role")).get(1))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo("被投诉人/施暴人");
    String abuser = uniqueName();
    respondent.sendKeys(abuser);
    new Select(driver.findElement(By.id("in-community"))).selectByValue("210203001001");
    new Select(driver.findElement(By.id("in-category"))).selectByValue("PHYSICAL");
    driver.findElement(By.id("in-name")).sendKeys(uniqueName());
    new Select(driver.findElement(By.id("in-sex"))).selectByValue("F");
    driver.findElement(By.id("in-birth")).sendKeys("1990-03-08");
    driver.findElement(By.id("in-save")).click();
    waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("case-number")));
    assertThat(driver.findElement(By.id("case-kind")).getText()).isEqualTo("家庭暴力");
    assertThat(driver.findElement(By.id("case-people")).getText())
        .contains(abuser)
        .contains("被投诉人/施暴人")
        .contains(guardian)
        .contains("监护人");
  }
}
