package org.campfair.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.e2e.PhoneTaps.assertFitsPassesAxeAndSpeaks;
import static org.campfair.e2e.PhoneTaps.assertOnScreen;
import static org.campfair.e2e.PhoneTaps.awaitStatus;
import static org.campfair.e2e.PhoneTaps.button;
import static org.campfair.e2e.PhoneTaps.tap;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.component.VEvent;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.FeedPaths;
import org.campfair.calendar.FeedTokenService;
import org.campfair.calendar.Feeds;
import org.campfair.calendar.internal.CalendarUpdates;
import org.campfair.roster.RosterService;
import org.campfair.selfservice.OpenSeatCamp;
import org.campfair.selfservice.OpenSeatCamps;
import org.campfair.selfservice.OpenSeatService;
import org.campfair.selfservice.SeatOffer;
import org.campfair.selfservice.SeatOfferService;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * Swaps on phones (390×844) in headless Chromium, the organizers' page also on a desktop
 * screen (1280×800). Mikan (Japanese) offers her jam-making seat as a swap; Hana (Korean), who
 * may take it, sees the offer with the one seat of hers Mikan could take in return (not her
 * cooking seat: Mikan cannot cook), and swaps. The organizer sees both halves in the activity
 * list; each feed cancels the seat its owner gave (a higher SEQUENCE) and holds the one they got.
 * In a camp that wants approval, the swap waits in the organizers' list until they approve it
 * in the browser. Every page fits the screen, passes axe-core and speaks its reader's language.
 *
 * <p>The whole round of issue 17 on one phone, three people: Emma (English, who cooks) takes an
 * open seat, Mikan offers a swap and Hana accepts it, then Hana gives her cooking seat away and
 * Emma takes it; the organizer sees the take, both halves of the swap and the give-away in the
 * activity list, and every feed shows its owner's change.
 */
@CampfairIntegrationTest
class SwapsBrowserTest {

    private static final Locale MIKANS = Translations.JAPANESE;
    private static final Locale HANAS = Translations.KOREAN;

    @LocalServerPort
    int port;
    @Autowired
    OpenSeatCamps openSeatCamps;
    @Autowired
    RosterService rosters;
    @Autowired
    OpenSeatService openSeats;
    @Autowired
    SeatOfferService offers;
    @Autowired
    FeedTokenService feeds;
    @Autowired
    CalendarUpdates calendars;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private @Nullable ChromeDriver phone;
    private @Nullable ChromeDriver desk;
    private OpenSeatCamp camp;
    private long hanasJam;
    private long hanasCooking;

    /** Hana also works a later jam-making shift and a cooking shift; Hana reads Korean, Mikan Japanese. */
    @BeforeEach
    void campWithSeatsToSwap() {
        camp = openSeatCamps.publish();
        hanasJam = camp.assign(jdbc, "Jam making", 2, camp.hana());
        hanasCooking = camp.assign(jdbc, "Cooking for the group", 4, camp.hana());
        jdbc.sql("update participant set language = 'ko' where id = ?").param(camp.hana()).update();
        organizer(() -> rosters.publish(camp.campId()));
    }

    @AfterEach
    void closeBrowsers() throws Exception {
        Browser.close(phone, "swaps");
        Browser.close(desk, "swaps-desk");
    }

    @Test
    void aSwapOfferedOnOnePhoneAndAcceptedOnAnotherReachesTheActivityListAndBothFeeds() throws Exception {
        calendars.awaitBackgroundWork(Duration.ofMinutes(2));
        var mikansBefore = feed(camp.mikan());
        var hanasBefore = feed(camp.hana());
        assertThat(mikansBefore).containsKey(uid(camp.firstJam(), camp.mikan()));
        assertThat(hanasBefore).containsKeys(uid(hanasJam, camp.hana()), uid(hanasCooking, camp.hana()));
        var mikan = phone("swaps-mikan-");

        mikan.signIn("/me/open-seats", camp.mikanAccount(), OpenSeatCamp.PASSWORD);
        tap(mikan, mikan.pageWait().until(ExpectedConditions.elementToBeClickable(button(MIKANS, "offers.offerSwap"))));
        awaitStatus(mikan, MIKANS, "offers.offeredSwap");
        mikan.pageWait().until(ExpectedConditions.presenceOfElementLocated(button(MIKANS, "offers.withdraw")));
        checkPhonePage(mikan, "open seats with a swap offered", MIKANS);
        mikan.screenshot("offered");

        mikan.browser().manage().deleteAllCookies();
        mikan.signIn("/me/open-seats", camp.hanaAccount(), OpenSeatCamp.PASSWORD);
        var swapFor = mikan.pageWait().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".swap-for")));
        assertThat(mikan.browser().findElements(By.cssSelector(".swap-for")))
                .as("only the jam seat: Mikan cannot cook").hasSize(1);
        assertThat(swapFor.getText()).contains("Jam making");
        checkPhonePage(mikan, "open seats with a swap on offer", HANAS);
        mikan.screenshot("on-offer");
        tap(mikan, swapFor);
        var confirm = mikan.pageWait().until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "vaadin-dialog-overlay vaadin-button[theme~='primary'], vaadin-dialog vaadin-button[theme~='primary']")));
        checkPhonePage(mikan, "swap confirmation", HANAS);
        mikan.screenshot("confirm");
        confirm.click();
        awaitStatus(mikan, HANAS, "offers.swapped");
        checkPhonePage(mikan, "open seats after the swap", HANAS);
        mikan.screenshot("swapped");
        assertThat(holder(camp.firstJam())).isEqualTo(camp.hana());
        assertThat(holder(hanasJam)).isEqualTo(camp.mikan());

        assertTheOrganizerSeesBothHalves();

        calendars.awaitBackgroundWork(Duration.ofMinutes(2));
        var mikansAfter = feed(camp.mikan());
        var hanasAfter = feed(camp.hana());
        assertCancelledLater(mikansBefore, mikansAfter, uid(camp.firstJam(), camp.mikan()), "Mikan's given seat");
        assertCancelledLater(hanasBefore, hanasAfter, uid(hanasJam, camp.hana()), "Hana's given seat");
        assertThat(Feeds.cancelled(mikansAfter.get(uid(hanasJam, camp.mikan())))).as("Mikan's new seat").isFalse();
        assertThat(Feeds.cancelled(hanasAfter.get(uid(camp.firstJam(), camp.hana())))).as("Hana's new seat").isFalse();
        assertThat(Feeds.sequence(hanasAfter.get(uid(hanasCooking, camp.hana()))))
                .as("Hana's cooking seat, untouched").isEqualTo(Feeds.sequence(hanasBefore.get(uid(hanasCooking,
                        camp.hana()))));
    }

    @Test
    void aSwapWaitsForTheOrganizerWhoApprovesItInTheBrowser() {
        var settings = organizer(() -> openSeats.settings(camp.campId()));
        organizer(() -> openSeats.save(settings.withApproval(true)));
        SignIn.as(camp.mikanAccount(), Role.PARTICIPANT,
                () -> offers.offer(camp.mikan(), camp.firstJam(), SeatOffer.Kind.SWAP));
        int publications = camp.publications(jdbc);
        var onPhone = phone("approval-");

        onPhone.signIn("/me/open-seats", camp.hanaAccount(), OpenSeatCamp.PASSWORD);
        tap(onPhone, onPhone.pageWait().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".swap-for"))));
        onPhone.pageWait().until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "vaadin-dialog-overlay vaadin-button[theme~='primary'], vaadin-dialog vaadin-button[theme~='primary']")))
                .click();
        awaitStatus(onPhone, HANAS, "offers.waitingForApproval");
        onPhone.pageWait().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".waiting-for-approval")));
        checkPhonePage(onPhone, "open seats with a swap waiting", HANAS);
        onPhone.screenshot("waiting");
        assertThat(camp.publications(jdbc)).as("nothing written before the approval").isEqualTo(publications);
        assertThat(holder(camp.firstJam())).isEqualTo(camp.mikan());

        desk = Browser.start(1280, 800);
        var organizer = new Phone(desk, new WebDriverWait(desk, Duration.ofSeconds(150)), port, "approval-desk-");
        organizer.signIn(selfServicePage(), "organizer", "demo");
        organizer.pageWait().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pending-change")));
        organizer.assertFitsAPhoneAndPassesAxe("self-service with a swap waiting, desktop");
        PageLanguage.assertNoMissingKey(desk, "self-service with a swap waiting, desktop");
        organizer.screenshot("pending");

        onPhone.browser().manage().deleteAllCookies();
        onPhone.signIn(selfServicePage(), "organizer", "demo");
        var pending = onPhone.pageWait().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pending-change")));
        assertThat(pending.getText()).contains("Hana").contains("Mikan").contains("Jam making");
        checkOrganizerPhonePage(onPhone, "self-service with a swap waiting");
        onPhone.screenshot("pending-phone");
        tap(onPhone, pending.findElement(By.cssSelector("vaadin-button[theme~='primary']")));
        assertOnScreen(onPhone, onPhone.pageWait().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//p[@role='status' and contains(., 'Hana') and contains(., 'Jam making')]"))),
                "the approval's status line");
        onPhone.pageWait().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".pending-change"), 0));
        checkOrganizerPhonePage(onPhone, "self-service after the approval");
        onPhone.screenshot("approved");

        assertThat(camp.publications(jdbc)).as("the approval published the swap").isEqualTo(publications + 1);
        assertThat(holder(camp.firstJam())).isEqualTo(camp.hana());
        assertThat(holder(hanasJam)).isEqualTo(camp.mikan());
        assertThat(onPhone.browser().findElements(By.xpath("//p[contains(., 'Hana') and contains(., 'Mikan')"
                + " and not(@role='status') and not(ancestor::*[contains(@class, 'pending-change')])]")))
                .as("both halves in the activity list").hasSize(2);
    }

    @Test
    void aTakeASwapAndAGiveAwayByThreePeopleReachTheActivityListAndTheirFeeds() throws Exception {
        long emma = OpenSeatCamp.participant(jdbc, camp.campId(), "Emma");
        String emmaAccount = "emma-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.asTheApp(() -> accounts.create(emmaAccount, OpenSeatCamp.PASSWORD, Role.PARTICIPANT, emma, null));
        jdbc.sql("update participant set language = 'en' where id = ?").param(emma).update();
        calendars.awaitBackgroundWork(Duration.ofMinutes(2));
        var mikansBefore = feed(camp.mikan());
        var hanasBefore = feed(camp.hana());
        var on = phone("journey-");

        on.signIn("/me/open-seats", emmaAccount, OpenSeatCamp.PASSWORD);
        tap(on, on.pageWait().until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                ".open-seat vaadin-button[theme~='primary']"))));
        confirmInDialog(on);
        on.pageWait().until(ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector("p[role=status]"), "")));
        long emmasOpenSeat = jdbc.sql("select shift_id from seat_assignment where participant_id = ?").param(emma)
                .query(Long.class).single();
        checkEnglishPhonePage(on, "open seats after a take");
        on.screenshot("taken");

        on.browser().manage().deleteAllCookies();
        on.signIn("/me/open-seats", camp.mikanAccount(), OpenSeatCamp.PASSWORD);
        jumpTo(on, "your-shifts");
        clickOnScreen(on, on.pageWait().until(ExpectedConditions.elementToBeClickable(button(MIKANS,
                "offers.offerSwap"))));
        awaitStatus(on, MIKANS, "offers.offeredSwap");

        on.browser().manage().deleteAllCookies();
        on.signIn("/me/open-seats", camp.hanaAccount(), OpenSeatCamp.PASSWORD);
        tap(on, on.pageWait().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".swap-for"))));
        confirmInDialog(on);
        awaitStatus(on, HANAS, "offers.swapped");
        tap(on, on.pageWait().until(ExpectedConditions.elementToBeClickable(labelled(
                Translations.text(HANAS, "offers.giveAway") + ": Cooking for the group"))));
        awaitStatus(on, HANAS, "offers.offered");
        checkPhonePage(on, "open seats with a give-away offered", HANAS);
        on.screenshot("given-away");

        on.browser().manage().deleteAllCookies();
        on.signIn("/me/open-seats", emmaAccount, OpenSeatCamp.PASSWORD);
        jumpTo(on, "offers-for-you");
        clickOnScreen(on, on.pageWait().until(ExpectedConditions.elementToBeClickable(labelled(
                Translations.text(Translations.ENGLISH, "openSeats.take") + ": Cooking for the group"))));
        confirmInDialog(on);
        awaitStatus(on, Translations.ENGLISH, "offers.taken");
        checkEnglishPhonePage(on, "open seats after taking a give-away");
        on.screenshot("took-give-away");
        assertThat(holder(camp.firstJam())).isEqualTo(camp.hana());
        assertThat(holder(hanasJam)).isEqualTo(camp.mikan());
        assertThat(holder(hanasCooking)).isEqualTo(emma);

        on.browser().manage().deleteAllCookies();
        on.signIn(selfServicePage(), "organizer", "demo");
        on.pageWait().until(ExpectedConditions.numberOfElementsToBe(By.xpath(
                "//p[contains(., 'Hana') and contains(., 'Mikan')]"), 2));
        assertThat(on.browser().findElements(By.xpath("//p[contains(., 'Emma') and not(contains(., 'Hana'))]")))
                .as("Emma's take").hasSize(1);
        assertThat(on.browser().findElements(By.xpath("//p[contains(., 'Emma') and contains(., 'Hana')"
                + " and contains(., 'Cooking for the group')]"))).as("Emma's give-away from Hana").hasSize(1);
        checkOrganizerPhonePage(on, "self-service after a take, a swap and a give-away");
        on.screenshot("activity");

        calendars.awaitBackgroundWork(Duration.ofMinutes(2));
        var emmas = feed(emma);
        var mikansAfter = feed(camp.mikan());
        var hanasAfter = feed(camp.hana());
        assertThat(Feeds.cancelled(emmas.get(uid(emmasOpenSeat, emma)))).as("Emma's open seat").isFalse();
        assertThat(Feeds.cancelled(emmas.get(uid(hanasCooking, emma)))).as("Emma's given seat").isFalse();
        assertCancelledLater(mikansBefore, mikansAfter, uid(camp.firstJam(), camp.mikan()), "Mikan's swapped seat");
        assertCancelledLater(hanasBefore, hanasAfter, uid(hanasJam, camp.hana()), "Hana's swapped seat");
        assertCancelledLater(hanasBefore, hanasAfter, uid(hanasCooking, camp.hana()), "Hana's given seat");
        assertThat(Feeds.cancelled(mikansAfter.get(uid(hanasJam, camp.mikan())))).as("Mikan's new seat").isFalse();
        assertThat(Feeds.cancelled(hanasAfter.get(uid(camp.firstJam(), camp.hana())))).as("Hana's new seat").isFalse();
    }

    /**
     * Follows a link at the top of the open-seats page instead of scrolling past every open seat:
     * its part's heading comes on screen, clear of the sticky status line, and has the focus.
     */
    private static void jumpTo(Phone on, String id) {
        on.pageWait().until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "nav.page-sections a[href='#" + id + "']"))).click();
        assertOnScreen(on, on.browser().findElement(By.id(id)), "the heading the link " + id + " leads to");
        assertThat(on.browser().executeScript("return document.activeElement && document.activeElement.id;"))
                .as("the focus after the link %s", id).isEqualTo(id);
    }

    /** Taps what the page shows without scrolling to it: after a jump, it is on the screen already. */
    private static void clickOnScreen(Phone on, WebElement element) {
        assertOnScreen(on, element, "the button after the jump");
        element.click();
    }

    private static void confirmInDialog(Phone on) {
        on.pageWait().until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "vaadin-dialog-overlay vaadin-button[theme~='primary'], vaadin-dialog vaadin-button[theme~='primary']")))
                .click();
    }

    private static By labelled(String label) {
        return By.xpath("//vaadin-button[@aria-label=\"" + label + "\"]");
    }

    private static void checkEnglishPhonePage(Phone on, String page) {
        on.assertFitsAPhoneAndPassesAxe(page);
        PageLanguage.assertNoMissingKey(on.browser(), page);
        assertThat(on.browser().findElement(By.tagName("html")).getAttribute("lang")).as("the %s page's language",
                page).startsWith("en");
    }

    private void assertTheOrganizerSeesBothHalves() {
        String bothNames = "//p[contains(., 'Hana') and contains(., 'Mikan')]";
        var onPhone = phone.manage();
        onPhone.deleteAllCookies();
        var organizer = new Phone(phone, new WebDriverWait(phone, Duration.ofSeconds(150)), port, "swaps-organizer-");
        organizer.signIn(selfServicePage(), "organizer", "demo");
        organizer.pageWait().until(ExpectedConditions.numberOfElementsToBe(By.xpath(bothNames), 2));
        checkOrganizerPhonePage(organizer, "self-service after a swap");
        organizer.screenshot("activity");

        desk = Browser.start(1280, 800);
        var onDesk = new Phone(desk, new WebDriverWait(desk, Duration.ofSeconds(150)), port, "swaps-desk-");
        onDesk.signIn(selfServicePage(), "organizer", "demo");
        onDesk.pageWait().until(ExpectedConditions.numberOfElementsToBe(By.xpath(bothNames), 2));
        onDesk.assertFitsAPhoneAndPassesAxe("self-service after a swap, desktop");
        PageLanguage.assertNoMissingKey(desk, "self-service after a swap, desktop");
        onDesk.screenshot("activity");
    }

    private Phone phone(String screenshotPrefix) {
        phone = Browser.start(390, 844);
        return new Phone(phone, new WebDriverWait(phone, Duration.ofSeconds(150)), port, screenshotPrefix);
    }

    private void checkPhonePage(Phone on, String page, Locale language) {
        assertFitsPassesAxeAndSpeaks(on, page, language, jdbc, camp.campId());
    }

    private static void checkOrganizerPhonePage(Phone on, String page) {
        on.assertFitsAPhoneAndPassesAxe(page);
        PageLanguage.assertNoMissingKey(on.browser(), page);
    }

    private String selfServicePage() {
        return "/camps/" + camp.campId() + "/self-service";
    }

    private Map<String, VEvent> feed(long participantId) throws Exception {
        String token = SignIn.asTheApp(() -> feeds.tokenFor(participantId));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + FeedPaths.path(token))).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Feeds.byUid(response.body());
    }

    private static void assertCancelledLater(Map<String, VEvent> before, Map<String, VEvent> after, String uid,
            String what) {
        assertThat(Feeds.cancelled(before.get(uid))).as("%s, before", what).isFalse();
        assertThat(Feeds.cancelled(after.get(uid))).as("%s, cancelled", what).isTrue();
        assertThat(Feeds.sequence(after.get(uid))).as("%s, a later SEQUENCE", what)
                .isGreaterThan(Feeds.sequence(before.get(uid)));
    }

    /** The participant's own event of a shift, as the calendar module names it. */
    private static String uid(long shiftId, long participantId) {
        return "shift-" + shiftId + "-p" + participantId + "@campfair";
    }

    private long holder(long shiftId) {
        return jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = 0").param(shiftId)
                .query(Long.class).single();
    }

    private static <T> T organizer(java.util.function.Supplier<T> work) {
        return SignIn.as("organizer", Role.ORGANIZER, work);
    }
}
