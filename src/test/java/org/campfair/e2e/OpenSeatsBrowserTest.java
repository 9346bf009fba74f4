package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.selfservice.OpenSeatCamp;
import org.campfair.shared.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Open seats on a phone (390×844) in headless Chromium: a participant sees the seats she may
 * take, taps one, confirms, and the seat is hers in the published roster; the organizer sees
 * it in the self-service page's activity list. Both pages fit the phone and pass axe-core.
 */
@CampfairIntegrationTest
class OpenSeatsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.close(browser, "open-seats");
    }

    @Test
    void aParticipantTakesAnOpenSeatOnAPhoneAndTheOrganizerSeesIt() {
        var camp = OpenSeatCamp.publish(importer, rosters, accounts, jdbc);
        int publications = camp.publications(jdbc);
        browser = Browser.start(390, 844);
        wait = new WebDriverWait(browser, Duration.ofSeconds(150));

        PhoneChecks.signIn(browser, wait, url("/me/open-seats"), camp.mikanAccount(), OpenSeatCamp.PASSWORD);
        var take = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".open-seat vaadin-button")));
        PhoneChecks.assertFitsAPhoneAndPassesAxe(browser, "open seats");
        assertThat(take.getRect().getY()).as("the first seat's button on the first screen").isLessThan(844);
        PhoneChecks.screenshot(browser, "open-seats-list");
        take.click();
        var confirm = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-dialog-overlay vaadin-button[theme~='primary'], vaadin-dialog vaadin-button[theme~='primary']")));
        PhoneChecks.assertFitsAPhoneAndPassesAxe(browser, "open seat confirmation");
        PhoneChecks.screenshot(browser, "open-seats-confirm");
        confirm.click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector("p[role=status]"), "")));
        assertThat(camp.publications(jdbc)).as("the take republished").isEqualTo(publications + 1);
        assertThat(jdbc.sql("select count(*) from published_seat where publication_id = ? and participant_id = ?")
                .params(camp.latestPublication(jdbc), camp.mikan()).query(Integer.class).single()).isEqualTo(2);
        PhoneChecks.screenshot(browser, "open-seats-taken");

        browser.manage().deleteAllCookies();
        PhoneChecks.signIn(browser, wait, url("/camps/" + camp.campId() + "/self-service"), "organizer", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//p[contains(., 'Mikan')]")));
        PhoneChecks.assertFitsAPhoneAndPassesAxe(browser, "self-service settings and activity");
        PhoneChecks.screenshot(browser, "self-service");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
