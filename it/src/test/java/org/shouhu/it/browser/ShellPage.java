package org.shouhu.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Any Shouhu page inside the shell: header, menu, and the page's content by id. */
public class ShellPage {

  private final WebDriver driver;

  public ShellPage(WebDriver driver) {
    this.driver = driver;
    LoginPage.wait(driver)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("shell-user-name")));
  }

  /**
   * Waits until no growl message covers the page (they close by themselves): a click must never
   * depend on how fast a growl goes.
   */
  public ShellPage withoutGrowls() {
    LoginPage.wait(driver)
        .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-item")));
    return this;
  }

  /** Clicks the element with this id once no growl covers the page. */
  public void click(String id) {
    withoutGrowls();
    driver.findElement(By.id(id)).click();
  }

  public String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  public boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public boolean isDisplayed(String id) {
    List<WebElement> found = driver.findElements(By.id(id));
    return !found.isEmpty() && found.get(0).isDisplayed();
  }

  /** Switches the language ("zh" or "en"); the same page comes back in it. */
  public ShellPage switchLanguage(String language) {
    WebElement link = driver.findElement(By.id("lang-" + language));
    link.click();
    LoginPage.wait(driver).until(ExpectedConditions.stalenessOf(link));
    return new ShellPage(driver);
  }

  public boolean isEnglish() {
    return has("lang-zh");
  }

  public LoginPage logOut() {
    click("logout");
    return new LoginPage(driver);
  }

  public void toggleMenu() {
    driver.findElement(By.id("shell-menu-toggle")).click();
  }

  public ShellPage openMenuEntry(String id) {
    WebElement entry = driver.findElement(By.id(id));
    entry.click();
    LoginPage.wait(driver).until(ExpectedConditions.stalenessOf(entry));
    return new ShellPage(driver);
  }

  /** Types a search into the jurisdiction tree page and submits it with Enter. */
  public void searchTree(String query) {
    WebElement table = driver.findElement(By.id("tree-table"));
    WebElement input = driver.findElement(By.id("tree-query"));
    input.clear();
    input.sendKeys(query, Keys.ENTER);
    LoginPage.wait(driver).until(ExpectedConditions.stalenessOf(table));
  }

  public List<String> treeNames() {
    return driver.findElements(By.cssSelector("#tree-table .tree-name")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public boolean fitsTheWindowWidth() {
    Object fits =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
    return Boolean.TRUE.equals(fits);
  }
}
