package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouhu.it.browser.Browser;
import org.shouhu.it.browser.LoginPage;

/**
 * The operator's page in headless Chromium: a 12338 call logged by keyboard alone, with the
 * repeat-caller notice while the call is on, then turned into a domestic-violence case through the
 * pre-filled intake form — no mouse anywhere. The time the scripted operator took is printed (for
 * bench/README.md), never asserted.
 */
@ExtendWith(Browser.class)
class HotlinePagesIT extends DeployedShouhu {

  private static final String SHOUHU = Http.SERVER + "/shouhu/";
  private static final Logger LOG = Logger.getLogger(HotlinePagesIT.class.getName());

  private final Http http = new Http();
  private final List<CharSequence> typed = new ArrayList<>();

  private static WebDriverWait waiting(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Types into whatever has the focus, as a keyboard would (and counts the keystrokes). */
  private void type(WebDriver driver, CharSequence... keys) {
    for (CharSequence k : keys) {
      typed.add(k);
    }
    driver.switchTo().activeElement().sendKeys(keys);
  }

  /** Arrow-down through the focused list until {@code value} is chosen. */
  private void choose(WebDriver driver, String value) {
    Select list = new Select(driver.switchTo().activeElement());
    for (int i = 0;
        i < 40 && !list.getFirstSelectedOption().getAttribute("value").equals(value);
        i++) {
      type(driver, Keys.ARROW_DOWN);
    }
    assertThat(list.getFirstSelectedOption().getAttribute("value")).isEqualTo(value);
  }

  private String focused(WebDriver driver) {
    return driver.switchTo().activeElement().getAttribute("id");
  }

  @Test
  void anOperatorLogsA12338CallByKeyboardAloneAndTurnsItIntoADomesticViolenceCase(
      WebDriver driver) {
    String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    String name = "键盘来电" + "甲乙丙丁戊己庚辛壬癸".charAt(ThreadLocalRandom.current().nextInt(10));
    // she called once before
    HttpResponse<String> before =
        http.post(
            Http.API + "/calls",
            http.token("hotline1"),
            "application/json",
            Json.createObjectBuilder()
                .add("line", "12338")
                .add(
                    "startedAt",
                    OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(3).withNano(0).toString())
                .add("category", "MARRIAGE_FAMILY")
                .add("outcome", "ANSWERED")
                .add("caller", Json.createObjectBuilder().add("phone", phone))
                .build()
                .toString());
    assertThat(before.statusCode()).as(before.body()).isEqualTo(201);
    String earlier = Http.json(before.body()).getString("callNumber");

    LoginPage.open(driver, SHOUHU + "calls.xhtml").logInAs("hotline1");
    waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("call-line")));
    long start = System.nanoTime();
    // from here on: the keyboard only
    assertThat(focused(driver)).isEqualTo("call-line");
    type(driver, Keys.TAB); // line: 12338
    type(driver, Keys.TAB); // started: now
    type(driver, "6", Keys.TAB); // minutes on the line
    type(driver, Keys.TAB); // not anonymous
    type(driver, name, Keys.TAB);
    type(driver, phone, Keys.TAB);
    // the notice, while she is still on the line
    String notice =
        waiting(driver)
            .ignoring(StaleElementReferenceException.class)
            .until(
                d -> {
                  String text = d.findElement(By.id("repeat-notice")).getText();
                  return text.contains(earlier) ? text : null;
                });
    assertThat(notice).contains("1").contains("婚姻家庭").doesNotContain(phone);
    assertThat(focused(driver)).isEqualTo("call-caller-sex");
    type(driver, Keys.ARROW_DOWN, Keys.TAB); // sex: female
    choose(driver, "VICTIM");
    type(driver, Keys.TAB);
    type(driver, "35", Keys.TAB);
    choose(driver, "DOMESTIC_VIOLENCE");
    type(driver, Keys.TAB);
    type(driver, Keys.SPACE, Keys.TAB); // urgent: in danger tonight
    choose(driver, "210203001001");
    type(driver, Keys.TAB);
    type(driver, "丈夫今晚又动手，孩子也在家", Keys.ENTER, Keys.TAB); // Enter does not submit
    type(driver, "告知报警、申请人身安全保护令", Keys.TAB);
    choose(driver, "CASE");
    type(driver, Keys.CONTROL, Keys.ENTER); // Ctrl+Enter saves

    String saved =
        waiting(driver)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("saved-number")))
            .getText();
    assertThat(saved).contains("RX-");
    String callNumber = saved.replaceAll(".*(RX-\\d{4}-\\d{6}).*", "$1");
    waiting(driver).until(d -> "call-to-case".equals(focused(d)));
    type(driver, Keys.ENTER); // turn into a case

    waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("intake-origin")));
    assertThat(driver.findElement(By.id("intake-origin")).getText()).contains(callNumber);
    waiting(driver).until(d -> "in-kind".equals(focused(d)));
    assertThat(
            new Select(driver.findElement(By.id("in-kind")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("DOMESTIC_VIOLENCE");
    assertThat(driver.findElement(By.id("in-name")).getAttribute("value")).isEqualTo(name);
    type(driver, Keys.CONTROL, Keys.ENTER); // everything the call said is there: save

    String caseNumber =
        waiting(driver)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("case-number")))
            .getText();
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(caseNumber).startsWith("XG-");
    assertThat(driver.findElement(By.id("case-kind")).getText()).isEqualTo("家庭暴力");
    assertThat(driver.findElement(By.id("case-call")).getText()).isEqualTo(callNumber);
    assertThat(driver.getPageSource()).contains(name).contains("【紧急】");
    int keystrokes = typed.stream().mapToInt(k -> k instanceof Keys ? 1 : k.length()).sum();
    LOG.info(
        () ->
            String.format(
                "[bench] hotline call by keyboard: %d keystrokes, %.1f s of system time from the"
                    + " empty form to the DV case (scripted operator, no thinking time)",
                keystrokes, seconds));
  }
}
