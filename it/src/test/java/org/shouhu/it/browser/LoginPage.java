package org.shouhu.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Keycloak's login page of realm {@code shouhu}. */
public class LoginPage {

  private final WebDriver driver;

  LoginPage(WebDriver driver) {
    this.driver = driver;
    wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
  }

  /** Opens Shouhu, which sends an anonymous browser to the login page. */
  public static LoginPage open(WebDriver driver, String shouhuUrl) {
    driver.get(shouhuUrl);
    return new LoginPage(driver);
  }

  public ShellPage logInAs(String username) {
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.id("kc-login")).click();
    return new ShellPage(driver);
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  static WebDriverWait wait(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }
}
