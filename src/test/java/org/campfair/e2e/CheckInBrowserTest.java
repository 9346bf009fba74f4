package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.campday.CheckInService;
import org.campfair.campday.RunningShift;
import org.campfair.importing.CampImportService;
import java.util.Locale;
import org.campfair.shared.i18n.Translations;
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
 * Check-in on a phone (390×844) in headless Chromium, on a shift running now: the organizer
 * marks a seat on the shift's page, which fits the screen and has no serious accessibility
 * finding; a participant opens the shift's QR link, signs in and is checked in.
 */
@CampfairIntegrationTest
class CheckInBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    CheckInService checkIns;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.close(browser, "check-in");
    }

    @Test
    void anOrganizerMarksASeatOnAPhoneAndAParticipantChecksInByTheQrLink() {
        var shift = RunningShift.publish(importer, jdbc);
        String mikan = "mikan" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.asTheApp(() -> accounts.create(mikan, "a-long-password", Role.PARTICIPANT, shift.mikan(), null));
        String code = SignIn.as("organizer", Role.ORGANIZER, () -> checkIns.code(shift.shiftId()));

        browser = Browser.start(390, 844);
        wait = new WebDriverWait(browser, Duration.ofSeconds(150));
        signIn("/check-in/" + shift.shiftId(), "organizer", "demo");
        var came = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("(//vaadin-button[normalize-space(.)='Came'])[1]")));
        assertFitsAPhoneAndPassesAxe("check-in");
        assertThat(came.getRect().getY()).as("the first seat's buttons on the first screen").isLessThan(844);
        came.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p[role=status]"),
                "Saved for Hana"));

        // The other pages of the camp days and accounts, on the same phone.
        browser.get("http://localhost:" + port + "/check-in");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//a[contains(., 'Jam making')]")));
        assertFitsAPhoneAndPassesAxe("day's check-in list");
        screenshot("list");
        browser.get("http://localhost:" + port + "/check-in/" + shift.shiftId() + "/code");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg path")));
        assertFitsAPhoneAndPassesAxe("QR code");
        screenshot("code");
        browser.get("http://localhost:" + port + "/camps/" + shift.campId() + "/settings");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//h2[normalize-space(.)='Organizers']")));
        assertFitsAPhoneAndPassesAxe("camp settings with its organizers");
        screenshot("camp-settings");
        browser.get("http://localhost:" + port + "/me/account");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-button[normalize-space(.)='Change password']")));
        assertFitsAPhoneAndPassesAxe("my account");
        screenshot("account");

        browser.manage().deleteAllCookies();
        signIn("/scan/" + shift.shiftId() + "/" + code, mikan, "a-long-password");
        // In Mikan's own language (Japanese), with the planned minutes of the shift.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p[role=status]"),
                Translations.text(Locale.JAPANESE, "campday.scan.done", 125)));
        assertThat(jdbc.sql("select state from seat_check_in where shift_id = ? and seat = 1")
                .param(shift.shiftId()).query(String.class).single()).isEqualTo("CAME");
    }

    /** For looking at afterwards: target/e2e/check-in-<name>.png. */
    private void screenshot(String name) {
        PhoneChecks.screenshot(browser, "check-in-" + name);
    }

    private void assertFitsAPhoneAndPassesAxe(String page) {
        PhoneChecks.assertFitsAPhoneAndPassesAxe(browser, page);
    }

    /** Opens the page; the sign-in form comes first and leads back to it. */
    private void signIn(String path, String username, String password) {
        PhoneChecks.signIn(browser, wait, "http://localhost:" + port + path, username, password);
    }
}
