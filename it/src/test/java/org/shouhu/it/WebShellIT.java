package org.shouhu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.shouhu.it.browser.Browser;
import org.shouhu.it.browser.LoginPage;
import org.shouhu.it.browser.ShellPage;

/** The web shell in headless Chromium: Keycloak login, languages, menus by role, phone size. */
@ExtendWith(Browser.class)
class WebShellIT extends DeployedShouhu {

  private static final String SHOUHU = Http.SERVER + "/shouhu/";

  @Test
  void aDirectorSeesHerCommunityInChineseThenEnglishAndLogsOut(WebDriver driver) {
    ShellPage home = LoginPage.open(driver, SHOUHU).logInAs("director-a");
    if (home.isEnglish()) { // a previous run of this test that failed half-way
      home = home.switchLanguage("zh");
    }

    assertThat(home.text("shell-user-name")).isEqualTo("王丽");
    assertThat(home.text("shell-user-jurisdiction")).isEqualTo("长江路社区");
    assertThat(home.text("home-jurisdiction")).isEqualTo("西岗区 › 人民广场街道 › 长江路社区");
    assertThat(home.text("home-greeting")).contains("您好");
    assertThat(home.text("shell-user-role")).isEqualTo("社区儿童主任");

    home = home.switchLanguage("en");
    assertThat(home.text("shell-user-jurisdiction")).isEqualTo("Changjiang Road Community");
    assertThat(home.text("home-jurisdiction"))
        .isEqualTo("Xigang District › Renmin Square Subdistrict › Changjiang Road Community");
    assertThat(home.text("home-greeting")).startsWith("Hello");
    assertThat(home.text("shell-user-role")).isEqualTo("Community child director");

    LoginPage login = home.logOut();
    assertThat(login.url()).startsWith(Http.PROVIDER);

    home = login.logInAs("director-a");
    assertThat(home.isEnglish()).as("the language is remembered for the user").isTrue();
    home = home.switchLanguage("zh");
    assertThat(home.text("shell-user-jurisdiction")).isEqualTo("长江路社区");
  }

  @Test
  void aStatisticianSeesOnlyTheMenuEntriesSheMayUse(WebDriver driver) {
    ShellPage home = LoginPage.open(driver, SHOUHU).logInAs("stats1");

    assertThat(home.has("menu-home")).isTrue();
    assertThat(home.has("menu-jurisdictions")).isTrue();
    assertThat(home.has("menu-system")).isFalse();

    driver.get(SHOUHU + "admin/system.xhtml");
    assertThat(driver.getPageSource()).contains("403").doesNotContain("EclipseLink");
  }

  @Test
  void anAdministratorHasTheSystemPage(WebDriver driver) {
    ShellPage home = LoginPage.open(driver, SHOUHU).logInAs("admin1");
    ShellPage system = home.openMenuEntry("menu-system");
    assertThat(system.text("system-jpa")).startsWith("EclipseLink 4.0.8");
    assertThat(system.text("system-database")).isIn("MySQL", "MariaDB");
  }

  @Test
  void onAPhoneTheMenuIsCollapsedAndUsable(WebDriver driver) {
    driver.manage().window().setSize(new Dimension(390, 844));
    ShellPage home = LoginPage.open(driver, SHOUHU).logInAs("director-b");

    assertThat(home.isDisplayed("shell-menu")).isFalse();
    assertThat(home.isDisplayed("shell-menu-toggle")).isTrue();
    assertThat(home.fitsTheWindowWidth()).isTrue();

    home.toggleMenu();
    assertThat(home.isDisplayed("shell-menu")).isTrue();
    ShellPage tree = home.openMenuEntry("menu-jurisdictions");
    assertThat(tree.treeNames()).contains("西岗区", "白云街道");
    assertThat(tree.fitsTheWindowWidth()).isTrue();

    tree.searchTree("新华");
    assertThat(tree.treeNames()).contains("新华社区").doesNotContain("长江路社区");
  }

  @Test
  void pagesCarryTheSecurityHeaders(WebDriver driver) {
    LoginPage.open(driver, SHOUHU).logInAs("caseworker1");
    Cookie session = driver.manage().getCookieNamed("JSESSIONID");

    HttpResponse<String> page =
        new Http()
            .send(
                HttpRequest.newBuilder(URI.create(SHOUHU + "home.xhtml"))
                    .header("Cookie", "JSESSIONID=" + session.getValue()));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("script-src 'self' 'nonce-")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(page.body()).contains("jakarta.faces.ViewState");
  }
}
