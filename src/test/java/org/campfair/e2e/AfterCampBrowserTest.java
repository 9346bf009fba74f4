package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.campday.EndedCamp;
import org.campfair.importing.CampImportService;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
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
 * The pages after the camp on a phone (390×844) in headless Chromium, for a camp that ended
 * three days ago ({@link EndedCamp}): the organizers' after-camp page with the certificates'
 * zip and the confirmed hours' CSV in either encoding, and the certificate section at the end
 * of a participant's schedule. No sideways scrolling, no critical or serious axe finding.
 */
@CampfairIntegrationTest
class AfterCampBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.close(browser, "after-camp");
    }

    @Test
    void theAfterCampPageAndTheCertificateSectionFitAPhoneAndPassAxe() {
        // A fresh account for Mikan, so that the demo participant stays as other tests left it.
        String username = "ended" + UUID.randomUUID().toString().substring(0, 8);
        var camp = EndedCamp.publish(username, importer, jdbc);
        SignIn.asTheApp(() -> accounts.create(username, "a-long-password", Role.PARTICIPANT, camp.mikan(), null));
        jdbc.sql("update participant set language = 'en' where id = ?").param(camp.mikan()).update();

        browser = Browser.start(390, 844);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(150));
        PhoneChecks.signIn(browser, wait, url("/camps/" + camp.campId() + "/after-camp"), "organizer", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[contains(., 'Download all certificates')]")));
        PhoneChecks.assertFitsAPhoneAndPassesAxe(browser, "after the camp");
        PhoneChecks.screenshot(browser, "after-camp");
        var shiftJis = browser.findElement(By.xpath("//vaadin-radio-button[contains(., 'Shift_JIS')]"));
        browser.executeScript("arguments[0].scrollIntoView(); arguments[0].click();", shiftJis);
        wait.until(ExpectedConditions.attributeToBe(
                By.xpath("//vaadin-radio-button[contains(., 'Shift_JIS')]"), "checked", "true"));
        PhoneChecks.assertFitsAPhoneAndPassesAxe(browser, "after the camp, Shift_JIS chosen");

        browser.manage().deleteAllCookies();
        PhoneChecks.signIn(browser, wait, url("/me"), username, "a-long-password");
        var download = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[contains(., 'Download my certificate')]")));
        browser.executeScript("arguments[0].scrollIntoView();", download);
        assertThat(download.getAttribute("href")).as("the certificate can be had: the camp has ended").isNotBlank();
        assertThat(browser.findElements(By.xpath("//vaadin-checkbox[contains(., 'legal name')]"))).hasSize(1);
        PhoneChecks.assertFitsAPhoneAndPassesAxe(browser, "my schedule with the certificate");
        PhoneChecks.screenshot(browser, "after-camp-certificate");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
