package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.e2e.PhoneChecks.assertFitsAPhoneAndPassesAxe;
import static org.campfair.e2e.PhoneChecks.screenshot;
import static org.campfair.e2e.PhoneChecks.signIn;

import java.time.Duration;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The organizer's roster "By day" on a phone (390×844) in headless Chromium: one card per
 * shift instead of a squeezed grid, no sideways scrolling of the document, the first shift
 * above the fold, and no critical or serious axe-core finding.
 */
@CampfairIntegrationTest
class RosterPhoneBrowserTest {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.close(browser, "phone-roster");
    }

    @Test
    void theOrganizerReadsADayOfTheRosterAsCardsOnAPhone() {
        long campId = SolvedCamps.sampleCamp(importer, rosters);
        browser = Browser.start(WIDTH, HEIGHT);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(150));
        signIn(browser, wait, "http://localhost:" + port + "/camps/" + campId + "/roster", "organizer", "demo");

        var firstCard = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".shift-card")));
        assertThat(firstCard.getText()).as("time and task first").matches("(?s)\\d\\d:\\d\\d–\\d\\d:\\d\\d .+");
        assertThat(firstCard.findElements(By.cssSelector("button.seat"))).as("the seats, to edit").isNotEmpty();
        assertAboveTheFold(firstCard, "the day's first shift");
        assertThat(browser.findElement(By.cssSelector("vaadin-grid.roster-day-grid")).isDisplayed())
                .as("the five-column grid, which leaves two columns readable").isFalse();

        screenshot(browser, "phone-roster");
        assertFitsAPhoneAndPassesAxe(browser, "roster by day");
    }

    private static void assertAboveTheFold(WebElement element, String what) {
        var box = element.getRect();
        assertThat(box.getX()).as("%s starts on screen", what).isGreaterThanOrEqualTo(0);
        assertThat(box.getX() + box.getWidth()).as("%s ends on screen", what).isLessThanOrEqualTo(WIDTH);
        assertThat(box.getY() + box.getHeight()).as("%s above the fold", what).isLessThanOrEqualTo(HEIGHT);
    }
}
