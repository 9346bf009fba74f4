package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.FeedTokenService;
import org.campfair.campday.CampOnDay;
import org.campfair.campday.NotTodayService;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterSeat;
import org.campfair.roster.RosterService;
import org.campfair.roster.RosterShift;
import org.campfair.roster.SolvedCamps;
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
 * Automatic publication of a same-day absence re-plan, end to end on a phone (390×844) in
 * headless Chromium: the camp allows it, a participant says "I can't come today", and the
 * re-plan reaches their calendar feed as a cancelled event without any organizer at work.
 *
 * <p>The fixture makes the outcome certain, not a matter of what the solver finds: every
 * seat but the absent person's seats today is pinned (an organizer's tool), and everyone
 * else who is free at those times is away then. So the re-plan can only leave those seats
 * empty, which changes no one else's day.
 */
@CampfairIntegrationTest
class AutoPublishBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    NotTodayService notToday;
    @Autowired
    AccountService accounts;
    @Autowired
    FeedTokenService feeds;
    @Autowired
    JdbcClient jdbc;

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.close(browser, "auto-publish");
    }

    @Test
    void aNotTodayWhoseSeatsCanStayEmptyIsPublishedWithoutTheOrganizer() throws Exception {
        var zone = NotTodayBrowserTest.earlyMorningZone();
        var camp = CampOnDay.published(importer, rosters, jdbc, LocalDate.now(zone), zone);
        long campId = camp.campId();
        var today = SignIn.asTheApp(() -> rosters.roster(campId)).shiftsOn(camp.day());
        // Someone whose shifts today need no lead: leaving them leaves no lead rule broken.
        long absent = today.stream().filter(s -> !s.needsLead()).flatMap(s -> s.seats().stream())
                .map(RosterSeat::participantId).filter(id -> id != null)
                .filter(id -> today.stream().noneMatch(s -> s.needsLead() && holds(s, id))).findFirst().orElseThrow();
        List<RosterShift> theirs = today.stream().filter(s -> holds(s, absent)).toList();
        leaveOnlyTheirSeatsOpen(campId, absent, theirs, camp.day());
        SignIn.as("organizer", Role.ORGANIZER, () -> notToday.publishAlone(campId, true));
        long publicationsBefore = publications(campId);

        browser = Browser.start(390, 844);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(150));
        var cannot = steps().openScheduleAs(absent, browser, wait);
        PhoneChecks.assertFitsAPhoneAndPassesAxe(browser, "my schedule");
        cannot.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-area textarea")));
        PhoneChecks.assertFitsAPhoneAndPassesAxe(browser, "not today");
        browser.findElement(By.xpath("//vaadin-button[normalize-space(.)='Let the organizers know']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p[role=status]"),
                "Thank you for letting us know"));
        PhoneChecks.assertFitsAPhoneAndPassesAxe(browser, "not today, sent");

        SolvedCamps.awaitSolved(rosters, campId, Duration.ofSeconds(240));
        // Published on the solver's thread right after the solve ends.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (publications(campId) == publicationsBefore && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(publications(campId)).as("a new publication, made by the app").isEqualTo(publicationsBefore + 1);
        var publication = SignIn.as("organizer", Role.ORGANIZER, () -> rosters.publication(campId));
        assertThat(publication.publishedBy()).as("nobody signed in published it").isNull();
        assertThat(publication.changes()).as("nothing left for the organizer to publish").isZero();
        var after = SignIn.asTheApp(() -> rosters.roster(campId)).shiftsOn(camp.day());
        assertThat(after).as("their seats today are empty, everyone else's as before")
                .allSatisfy(shift -> {
                    var was = today.stream().filter(s -> s.shiftId() == shift.shiftId()).findFirst().orElseThrow();
                    for (int i = 0; i < shift.seats().size(); i++) {
                        Long before = was.seats().get(i).participantId();
                        assertThat(shift.seats().get(i).participantId())
                                .isEqualTo(before != null && before == absent ? null : before);
                    }
                });

        var feed = steps().feedOnceCancelled(absent);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).as("their shift today, cancelled").contains("STATUS:CANCELLED");

        browser.get(url("/me"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".schedule-days")));
        PhoneChecks.assertFitsAPhoneAndPassesAxe(browser, "my schedule after the re-plan");
        PhoneChecks.screenshot(browser, "auto-publish-schedule");
    }

    /**
     * Pins every seat of the camp except the absent person's today, and makes everyone else
     * who is not working at the time of one of those shifts away for it.
     */
    private void leaveOnlyTheirSeatsOpen(long campId, long absent, List<RosterShift> theirs, LocalDate day) {
        jdbc.sql("""
                update seat_assignment a set pinned = not coalesce(a.participant_id = :absent and s.day = :day, false)
                from shift s join task t on t.id = s.task_id
                where s.id = a.shift_id and t.camp_id = :camp""")
                .param("absent", absent).param("day", day).param("camp", campId).update();
        for (var shift : theirs) {
            jdbc.sql("""
                    insert into participant_unavailability (participant_id, starts_at, ends_at)
                    select p.id, :starts, :ends from participant p
                    where p.camp_id = :camp and p.id <> :absent and not exists (
                        select 1 from seat_assignment a join shift s on s.id = a.shift_id
                        where a.participant_id = p.id and s.day = :day
                          and s.start_time < :endTime and s.end_time > :startTime)""")
                    .param("starts", day.atTime(shift.start())).param("ends", day.atTime(shift.end()))
                    .param("camp", campId).param("absent", absent).param("day", day)
                    .param("startTime", shift.start()).param("endTime", shift.end()).update();
        }
    }

    private long publications(long campId) {
        return jdbc.sql("select count(*) from publication where camp_id = ?").param(campId).query(Long.class).single();
    }

    private static boolean holds(RosterShift shift, long participantId) {
        return shift.seats().stream().anyMatch(seat -> seat.participantId() != null
                && seat.participantId() == participantId);
    }

    private AbsenceSteps steps() {
        return new AbsenceSteps(port, jdbc, accounts, feeds);
    }

    private String url(String path) {
        return steps().url(path);
    }
}
