package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Stream;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.FeedTokenService;
import org.campfair.campday.CampOnDay;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.campfair.shared.security.AccountService;
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
 * "Not today" end to end on a phone (390×844) in headless Chromium, on the sample camp solved,
 * published and moved to a time zone where its third day is today and it is early morning:
 * a participant taps "I can't come today" on their schedule and sends a note; the organizer
 * sees the re-plan in the roster's Changes tab and publishes; the participant's calendar feed
 * then carries their shift as cancelled. The pages touched pass the phone and axe checks.
 */
@CampfairIntegrationTest
class NotTodayBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    AccountService accounts;
    @Autowired
    FeedTokenService feeds;
    @Autowired
    JdbcClient jdbc;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.close(browser, "not-today");
    }

    @Test
    void aParticipantSaysNotTodayTheOrganizerPublishesTheReplanAndTheFeedCancelsTheShift() throws Exception {
        var zone = earlyMorningZone();
        var camp = CampOnDay.published(importer, rosters, jdbc, LocalDate.now(zone), zone);
        // Someone with a seat today, all of whose shifts lie ahead at five in the morning.
        var absent = SignIn.asTheApp(() -> rosters.roster(camp.campId())).shiftsOn(camp.day()).stream()
                .filter(s -> s.start().isAfter(LocalTime.of(6, 0)))
                .flatMap(s -> s.seats().stream()).filter(seat -> seat.participantId() != null).findFirst()
                .orElseThrow();

        browser = Browser.start(390, 844);
        wait = new WebDriverWait(browser, Duration.ofSeconds(150));
        var cannot = steps().openScheduleAs(absent.participantId(), browser, wait);
        assertThat(cannot.getRect().getY()).as("on the first screen").isLessThan(844);
        PhoneChecks.assertFitsAPhoneAndPassesAxe(browser, "my schedule");
        cannot.click();
        var note = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-area textarea")));
        PhoneChecks.assertFitsAPhoneAndPassesAxe(browser, "not today");
        PhoneChecks.screenshot(browser, "not-today-ask");
        note.sendKeys("A migraine since last night");
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Let the organizers know']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p[role=status]"),
                "Thank you for letting us know"));
        PhoneChecks.screenshot(browser, "not-today-sent");

        SolvedCamps.awaitSolved(rosters, camp.campId(), Duration.ofSeconds(240));

        browser.manage().deleteAllCookies();
        PhoneChecks.signIn(browser, wait, url("/camps/" + camp.campId() + "/today"), "organizer", "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[contains(., 'A migraine since last night')]")));
        PhoneChecks.assertFitsAPhoneAndPassesAxe(browser, "today's board with not today");
        PhoneChecks.screenshot(browser, "not-today-board");

        browser.get(url("/camps/" + camp.campId() + "/roster"));
        var changesTab = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-tab[normalize-space(.)='Changes']")));
        browser.executeScript("arguments[0].scrollIntoView(); arguments[0].click();", changesTab);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + absent.nickname() + "']")));
        PhoneChecks.screenshot(browser, "not-today-changes");
        var publish = browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Publish']"));
        browser.executeScript("arguments[0].scrollIntoView(); arguments[0].click();", publish);
        // Publishing asks first, with a summary of what it sends.
        var confirm = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-confirm-dialog[opened] [slot='confirm-button']")));
        browser.executeScript("arguments[0].click();", confirm);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-notification-card[contains(., 'Published')]")));

        var feed = steps().feedOnceCancelled(absent.participantId());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).as("the shift they cannot come to, cancelled").contains("STATUS:CANCELLED");
    }

    /**
     * A real region (calendars need one for their VTIMEZONE) where it is four or five in the
     * morning now, before the camp's first shift at 06:30.
     */
    static ZoneId earlyMorningZone() {
        return Stream.of("Pacific/Kiritimati", "Pacific/Auckland", "Pacific/Noumea", "Australia/Brisbane",
                        "Asia/Tokyo", "Asia/Shanghai", "Asia/Bangkok", "Asia/Dhaka", "Asia/Karachi", "Asia/Dubai",
                        "Europe/Moscow", "Africa/Cairo", "Africa/Lagos", "Atlantic/Reykjavik", "Atlantic/Cape_Verde",
                        "America/Noronha", "America/Sao_Paulo", "America/Santo_Domingo", "America/Panama",
                        "America/Costa_Rica", "America/Phoenix", "America/Tijuana", "America/Anchorage",
                        "Pacific/Honolulu", "Pacific/Pago_Pago")
                .map(ZoneId::of).filter(zone -> Set.of(4, 5).contains(LocalTime.now(zone).getHour())).findFirst()
                .orElseThrow();
    }

    private AbsenceSteps steps() {
        return new AbsenceSteps(port, jdbc, accounts, feeds);
    }

    private String url(String path) {
        return steps().url(path);
    }
}
