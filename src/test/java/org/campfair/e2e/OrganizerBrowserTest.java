package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.campfair.CampfairIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An organizer in a real browser: signs in, finds the sample camp, solves it and sees the roster. */
@CampfairIntegrationTest
class OrganizerBrowserTest {

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(150));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            Files.createDirectories(Path.of("target/e2e"));
            Files.write(Path.of("target/e2e/organizer-last-page.png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    @Test
    void signInSolveAndReadTheRoster() {
        browser.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        browser.findElement(By.cssSelector("input[name='username']")).sendKeys("organizer");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();

        WebElement sampleCamp = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(.), 'Yuzuhara')]")));
        sampleCamp.click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Yuzuhara"));
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Solve']")).click();
        wait.until(ExpectedConditions.textMatches(By.cssSelector("span[aria-live]"), java.util.regex.Pattern.compile("Roster: score -?\\d+hard")));
        assertThat(browser.findElement(By.cssSelector("span[aria-live]")).getText()).contains("0hard/0medium");

        var nicknames = browser.findElements(By.cssSelector("vaadin-grid-cell-content span.seat"));
        assertThat(nicknames).isNotEmpty();

        browser.findElement(By.xpath("//vaadin-tab[normalize-space(.)='Fairness']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg rect")));
        assertThat(browser.findElements(By.cssSelector("svg rect"))).hasSizeGreaterThanOrEqualTo(40);
    }
}
