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
    private Phone phone;

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
        phone = new Phone(browser, wait, port, "check-in-");
        phone.signIn("/check-in/" + shift.shiftId(), "organizer", "demo");
        var came = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("(//vaadin-button[normalize-space(.)='Came'])[1]")));
        phone.assertFitsAPhoneAndPassesAxe("check-in");
        assertThat(came.getRect().getY()).as("the first seat's buttons on the first screen").isLessThan(844);
        came.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p[role=status]"),
                "Saved for Hana"));

        // The other pages of the camp days and accounts, on the same phone.
        browser.get("http://localhost:" + port + "/check-in");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//a[contains(., 'Jam making')]")));
        phone.assertFitsAPhoneAndPassesAxe("day's check-in list");
        phone.screenshot("list");
        browser.get("http://localhost:" + port + "/check-in/" + shift.shiftId() + "/code");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg path")));
        phone.assertFitsAPhoneAndPassesAxe("QR code");
        phone.screenshot("code");
        browser.get("http://localhost:" + port + "/camps/" + shift.campId() + "/settings");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//h2[normalize-space(.)='Organizers']")));
        phone.assertFitsAPhoneAndPassesAxe("camp settings with its organizers");
        phone.screenshot("camp-settings");
        browser.get("http://localhost:" + port + "/me/account");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-button[normalize-space(.)='Change password']")));
        phone.assertFitsAPhoneAndPassesAxe("my account");
        phone.screenshot("account");

        browser.manage().deleteAllCookies();
        phone.signIn("/scan/" + shift.shiftId() + "/" + code, mikan, "a-long-password");
        // In Mikan's own language (Japanese), with the planned minutes of the shift.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p[role=status]"),
                Translations.text(Locale.JAPANESE, "campday.scan.done", 125)));
        assertThat(jdbc.sql("select state from seat_check_in where shift_id = ? and seat = 1")
                .param(shift.shiftId()).query(String.class).single()).isEqualTo("CAME");
    }
}
