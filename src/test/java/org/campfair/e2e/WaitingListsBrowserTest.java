package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.e2e.PhoneTaps.assertFitsPassesAxeAndSpeaks;
import static org.campfair.e2e.PhoneTaps.awaitStatus;
import static org.campfair.e2e.PhoneTaps.button;
import static org.campfair.e2e.PhoneTaps.tap;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.campfair.CampfairIntegrationTest;
import org.campfair.roster.RosterService;
import org.campfair.selfservice.OpenSeatCamp;
import org.campfair.selfservice.OpenSeatCamps;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.jspecify.annotations.Nullable;
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
 * The waiting lists on a participant's open-seats page, on a phone (390×844) in headless
 * Chromium: every jam-making seat is taken, Hana (Korean, who likes jam making) joins its list
 * behind someone who joined before her, sees her place, and leaves again. Each state fits the
 * phone, passes axe-core and speaks Korean.
 */
@CampfairIntegrationTest
class WaitingListsBrowserTest {

    private static final Locale HANAS = Translations.KOREAN;

    @LocalServerPort
    int port;
    @Autowired
    OpenSeatCamps openSeatCamps;
    @Autowired
    RosterService rosters;
    @Autowired
    JdbcClient jdbc;

    private @Nullable ChromeDriver browser;

    @AfterEach
    void closeBrowser() throws Exception {
        Browser.close(browser, "waiting-lists");
    }

    @Test
    void aParticipantJoinsAFullTasksWaitingListSeesHerPlaceAndLeaves() {
        var camp = openSeatCamps.publish();
        long jamTask = camp.fillEveryJamSeat(jdbc);
        SignIn.as("organizer", Role.ORGANIZER, () -> rosters.publish(camp.campId()));
        jdbc.sql("update participant set language = 'ko' where id = ?").param(camp.hana()).update();
        long before = OpenSeatCamp.participant(jdbc, camp.campId(), "Kuma");
        jdbc.sql("insert into waiting_list_entry (camp_id, task_id, participant_id, joined_at) values (?, ?, ?, ?)")
                .params(camp.campId(), jamTask, before, Timestamp.from(Instant.now().minusSeconds(60))).update();
        browser = Browser.start(390, 844);
        var hana = new Phone(browser, new WebDriverWait(browser, Duration.ofSeconds(150)), port, "waiting-lists-");

        hana.signIn("/me/open-seats", camp.hanaAccount(), OpenSeatCamp.PASSWORD);
        var join = hana.pageWait().until(ExpectedConditions.elementToBeClickable(button(HANAS, "waitingList.join")));
        assertThat(join.getAttribute("aria-label")).isEqualTo(Translations.text(HANAS, "waitingList.join")
                + ": Jam making");
        assertFitsPassesAxeAndSpeaks(hana, "open seats with a full task", HANAS, jdbc, camp.campId());
        hana.screenshot("joinable");
        tap(hana, join);
        awaitStatus(hana, HANAS, "waitingList.joined", "Jam making");
        var place = hana.pageWait().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(@class, 'waiting-list') and contains(., \"" + Translations.text(HANAS,
                        "waitingList.position", 2, 2) + "\")]")));
        assertThat(place.getText()).contains("Jam making");
        assertFitsPassesAxeAndSpeaks(hana, "open seats on a waiting list", HANAS, jdbc, camp.campId());
        hana.screenshot("on-the-list");
        assertThat(entries(camp.campId(), camp.hana())).isEqualTo(1);

        tap(hana, place.findElement(By.tagName("vaadin-button")));
        awaitStatus(hana, HANAS, "waitingList.left", "Jam making");
        hana.pageWait().until(ExpectedConditions.elementToBeClickable(button(HANAS, "waitingList.join")));
        assertFitsPassesAxeAndSpeaks(hana, "open seats after leaving the list", HANAS, jdbc, camp.campId());
        hana.screenshot("left");
        assertThat(entries(camp.campId(), camp.hana())).isZero();
    }

    private int entries(long campId, long participantId) {
        return jdbc.sql("select count(*) from waiting_list_entry where camp_id = ? and participant_id = ?")
                .params(campId, participantId).query(Integer.class).single();
    }
}
