package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.e2e.PhoneChecks.assertFitsAPhoneAndPassesAxe;
import static org.campfair.e2e.PhoneChecks.screenshot;
import static org.campfair.e2e.PhoneChecks.signIn;

import java.time.Duration;
import java.util.Locale;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.roster.PublishedSampleCamp;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The participant's schedule and the host's village page on a phone (390×844) in headless
 * Chromium, with a published sample camp: no sideways scrolling, no critical or serious
 * axe-core finding, the account menu on screen, and the first day card or the shown camp
 * above the fold.
 */
@CampfairIntegrationTest
class PhoneScheduleBrowserTest {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CampImportService importer;
    @Autowired
    JdbcClient jdbc;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.close(browser, "phone-schedule");
    }

    @Test
    void theParticipantReadsTheirScheduleFirstOnAPhone() {
        PublishedSampleCamp.publishFor("participant", importer, jdbc);
        browser = Browser.start(WIDTH, HEIGHT);
        wait = new WebDriverWait(browser, Duration.ofSeconds(150));
        signIn(browser, wait, url("/me"), "participant", "demo");

        var firstCard = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".schedule-card")));
        assertAboveTheFold(firstCard, "the first day card");
        assertAboveTheFold(browser.findElement(By.cssSelector("vaadin-menu-bar")), "the account menu");
        var language = accounts.languageOf("participant").orElseThrow();
        assertThat(browser.findElements(By.tagName("h2")).stream().map(WebElement::getText))
                .startsWith(text(language, "me.shifts"));
        assertThat(firstCard.getText()).contains(text(language, "me.card.field", text(language, "me.column.lead"),
                PublishedSampleCamp.LEAD));

        var newLink = browser.findElement(By.xpath(
                "//vaadin-button[normalize-space(.)='" + text(language, "me.newLink") + "']"));
        Number cutOff = (Number) browser.executeScript("""
                const label = arguments[0].shadowRoot.querySelector('[part=label]');
                return Math.max(label.scrollWidth - label.clientWidth, arguments[0].getBoundingClientRect().right - %d);"""
                .formatted(WIDTH), newLink);
        assertThat(cutOff.intValue()).as("the re-issue button's label is cut off").isLessThanOrEqualTo(0);

        screenshot(browser, "phone-schedule");
        assertFitsAPhoneAndPassesAxe(browser, "my schedule");
    }

    @Test
    void theHostSeesThePublishedCampFirstOnAPhone() {
        PublishedSampleCamp.publishFor("participant", importer, jdbc);
        browser = Browser.start(WIDTH, HEIGHT);
        wait = new WebDriverWait(browser, Duration.ofSeconds(150));
        signIn(browser, wait, url("/village"), "host", "demo");

        var camp = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-select")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid")));
        assertAboveTheFold(camp, "the shown camp");
        assertAboveTheFold(browser.findElement(By.cssSelector("vaadin-menu-bar")), "the account menu");

        // Who is coming: the grid scrolls sideways inside its own box, which stays on the screen.
        var grid = browser.findElement(By.cssSelector("vaadin-grid"));
        assertThat(grid.getRect().getX() + grid.getRect().getWidth()).as("the grid's right edge").isLessThanOrEqualTo(WIDTH);
        assertThat((Boolean) browser.executeScript("""
                const table = arguments[0].shadowRoot.querySelector('#table');
                return table.scrollWidth > table.clientWidth;""", grid)).as("the grid scrolls inside its box").isTrue();

        screenshot(browser, "phone-village");
        assertFitsAPhoneAndPassesAxe(browser, "village");
    }

    private static void assertAboveTheFold(WebElement element, String what) {
        var box = element.getRect();
        assertThat(box.getX()).as("%s starts on screen", what).isGreaterThanOrEqualTo(0);
        assertThat(box.getX() + box.getWidth()).as("%s ends on screen", what).isLessThanOrEqualTo(WIDTH);
        assertThat(box.getY() + box.getHeight()).as("%s above the fold", what).isLessThanOrEqualTo(HEIGHT);
    }

    private static String text(Locale language, String key, Object... params) {
        return Translations.text(language, key, params);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
