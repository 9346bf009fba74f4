package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.campfair.CampfairIntegrationTest;
import org.campfair.campday.CheckInService;
import org.campfair.campday.CheckInState;
import org.campfair.campday.RunningShift;
import org.campfair.importing.CampImportService;
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
 * Today's board on a phone (390×844) in headless Chromium, on a shift running now: it fits the
 * screen with no serious accessibility finding, and a seat marked on another phone shows up
 * on it through server push, without a reload. The day sheet prints without the app's frame,
 * and the demo host sees their village's board.
 */
@CampfairIntegrationTest
class TodayBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    CheckInService checkIns;
    @Autowired
    JdbcClient jdbc;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private Phone phone;

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            phone.screenshot("last-page");
            browser.quit();
        }
    }

    @Test
    void theBoardFitsAPhoneFollowsACheckInByPushAndPrintsItsDaySheet() {
        var shift = RunningShift.publish(importer, jdbc);
        browser = Browser.start(390, 844);
        wait = new WebDriverWait(browser, Duration.ofSeconds(150));
        phone = new Phone(browser, wait, port, "today-");
        phone.signIn("/camps/" + shift.campId() + "/today", "organizer", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//p[contains(., 'Hana (lead): Not marked yet')]")));
        phone.assertFitsAPhoneAndPassesAxe("today's board");
        phone.screenshot("board");

        // Another phone marks Hana; the open board redraws itself.
        SignIn.as("organizer", Role.ORGANIZER,
                () -> checkIns.mark(shift.shiftId(), 0, CheckInState.CAME, null, 0));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//p[contains(., 'Hana (lead): Came')]")));

        browser.get("http://localhost:" + port + "/camps/" + shift.campId() + "/today/print");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//h2[contains(., 'Jam making')]")));
        phone.assertFitsAPhoneAndPassesAxe("day sheet");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        Object printed = browser.executeScript("""
                const layout = document.querySelector('vaadin-app-layout');
                const navbar = layout.shadowRoot.querySelector('[part~="navbar"]');
                const button = document.querySelector('.campday-no-print');
                return getComputedStyle(navbar).display + ' ' + getComputedStyle(button).display;""");
        assertThat(printed).as("on paper: no app bar, no print button").isEqualTo("none none");
        phone.screenshot("day-sheet-print");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        long village = jdbc.sql("select village_id from app_user where username = 'host'").query(Long.class).single();
        jdbc.sql("insert into camp_host_village (camp_id, village_id) values (?, ?) on conflict do nothing")
                .params(shift.campId(), village).update();
        browser.manage().deleteAllCookies();
        // Other tests leave camps running today in the same village: ask for this one.
        phone.signIn("/village/today?camp=" + shift.campId(), "host", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//p[contains(., 'Hana (lead): Came')]")));
        phone.assertFitsAPhoneAndPassesAxe("host's board");
        phone.screenshot("host-board");
    }
}
