package org.campfair.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.internal.CalendarUpdates;
import org.campfair.importing.CampImportService;
import org.campfair.roster.OpenSeat;
import org.campfair.roster.PublishedRosterService;
import org.campfair.roster.PublishedShift;
import org.campfair.roster.RosterEdits;
import org.campfair.roster.RosterService;
import org.campfair.roster.TakenSeat;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Swaps on real PostgreSQL: Mikan (food hygiene, no cooking) offers her first jam-making seat
 * for one of the taker's. Hana holds a later jam-making seat and a cooking seat: she may swap
 * the jam seat, not the cooking one (Mikan cannot cook); Kuma (no food hygiene) cannot take the
 * jam seat at all. Two people accepting at once: one wins.
 */
@CampfairIntegrationTest
class SeatSwapServiceTest {

    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    RosterEdits edits;
    @Autowired
    AccountService accounts;
    @Autowired
    SeatOfferService offers;
    @Autowired
    OpenSeatService openSeats;
    @Autowired
    PublishedRosterService published;
    @Autowired
    CalendarUpdates calendars;
    @Autowired
    JdbcClient jdbc;

    private OpenSeatCamp camp;
    private long hanasJam;
    private long hanasCooking;
    private long kuma;
    private String kumaAccount;
    private long kumasHarvest;

    @BeforeEach
    void publishedCampWhereHanaAndKumaHoldSeats() {
        camp = OpenSeatCamp.publish(importer, rosters, accounts, jdbc);
        kuma = OpenSeatCamp.participant(jdbc, camp.campId(), "Kuma");
        kumaAccount = "kuma-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.asTheApp(() -> accounts.create(kumaAccount, OpenSeatCamp.PASSWORD, Role.PARTICIPANT, kuma, null));
        hanasJam = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 2);
        hanasCooking = OpenSeatCamp.shift(jdbc, camp.campId(), "Cooking for the group", 4);
        kumasHarvest = OpenSeatCamp.shift(jdbc, camp.campId(), "Yuzu harvest (riverside grove)", 4);
        assign(hanasJam, camp.hana());
        assign(hanasCooking, camp.hana());
        assign(kumasHarvest, kuma);
        SignIn.as("organizer", Role.ORGANIZER, () -> rosters.publish(camp.campId()));
    }

    @Test
    void anEligibleSwapGoesThroughAndReachesBothCalendarsAndTheActivityList() {
        var offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam(), SeatOffer.Kind.SWAP));
        assertThat(offer.kind()).isEqualTo(SeatOffer.Kind.SWAP);
        assertThat(as(kumaAccount, () -> offers.offersFor(kuma))).as("Kuma lacks food hygiene").isEmpty();
        var shown = as(camp.hanaAccount(), () -> offers.offersFor(camp.hana()));
        assertThat(shown).singleElement().satisfies(o -> assertThat(o.inReturn()).extracting(OpenSeat::shiftId)
                .as("Mikan could take the jam seat, not the cooking one").containsExactly(hanasJam));

        var preview = as(camp.hanaAccount(), () -> offers.preview(camp.hana(), offer.id(), hanasJam, Locale.ENGLISH));
        assertThat(preview.seat().shiftId()).isEqualTo(camp.firstJam());
        assertThat(preview.seat().hoursPerDayAfter()).isEqualTo(preview.hoursPerDayBefore());
        int publications = camp.publications(jdbc);
        TakenSeat taken = as(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id(), hanasJam));

        assertThat(camp.publications(jdbc)).as("both seats in one publication").isEqualTo(publications + 1);
        assertThat(holder(camp.firstJam())).isEqualTo(camp.hana());
        assertThat(holder(hanasJam)).isEqualTo(camp.mikan());
        assertThat(as(camp.hanaAccount(), () -> published.shiftsOf(camp.hana()))).extracting(PublishedShift::shiftId)
                .containsExactlyInAnyOrder(camp.firstJam(), hanasCooking);
        assertThat(as(camp.mikanAccount(), () -> published.shiftsOf(camp.mikan()))).extracting(PublishedShift::shiftId)
                .containsExactly(hanasJam);
        assertThat(taken.publicationId()).isEqualTo(camp.latestPublication(jdbc));
        calendars.awaitBackgroundWork(Duration.ofMinutes(2));
        assertThat(liveEvents(camp.mikan())).isEqualTo(1);
        assertThat(liveEvents(camp.hana())).isEqualTo(2);
        assertThat(jdbc.sql("select outcome || ' ' || returned_shift_id from seat_offer where id = ?").param(offer.id())
                .query(String.class).single()).isEqualTo("SWAPPED " + hanasJam);

        var activity = SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.activity(camp.campId(), 10));
        assertThat(activity).hasSize(2).allMatch(change -> change.kind() == SelfServiceChange.Kind.SWAPPED_SEAT)
                .extracting(change -> change.nickname() + "<-" + change.givenBy())
                .containsExactlyInAnyOrder("Hana<-Mikan", "Mikan<-Hana");
        assertRefused(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id(), hanasCooking),
                "offers.refused.gone");
    }

    @Test
    void anIneligibleSwapIsRefusedWithTheRuleAndNothingIsWritten() {
        var offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam(), SeatOffer.Kind.SWAP));
        int publications = camp.publications(jdbc);
        assertRefused(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id(), hanasCooking),
                "offers.refused.swap.MISSING_SKILL");
        assertRefused(camp.hanaAccount(), () -> offers.preview(camp.hana(), offer.id(), hanasCooking, Locale.ENGLISH),
                "offers.refused.swap.MISSING_SKILL");
        assertRefused(kumaAccount, () -> offers.accept(kuma, offer.id(), kumasHarvest),
                "openSeats.refused.MISSING_SKILL");
        assertRefused(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id(), null),
                "offers.refused.swap.chooseSeat");
        assertRefused(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id(), kumasHarvest),
                "offers.refused.notYours");
        SignIn.as("organizer", Role.ORGANIZER, () -> edits.pinSeat(camp.campId(), hanasJam, 0, true));
        assertRefused(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id(), hanasJam),
                "offers.refused.pinned");

        assertThat(camp.publications(jdbc)).isEqualTo(publications);
        assertThat(holder(camp.firstJam())).isEqualTo(camp.mikan());
        assertThat(holder(hanasCooking)).isEqualTo(camp.hana());
        assertThat(SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.activity(camp.campId(), 10))).isEmpty();
    }

    @Test
    void swapsHaveTheirOwnSwitch() {
        var settings = SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.settings(camp.campId()));
        SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.save(new SelfServiceSettings(camp.campId(), true, true,
                false, null, 60, settings.version())));
        assertRefused(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam(), SeatOffer.Kind.SWAP),
                "offers.closed.swapsOff");
        assertThat(as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam(), SeatOffer.Kind.GIVE)))
                .as("give-aways still on").isNotNull();
    }

    @Test
    void ofTwoPeopleAcceptingOneSwapAtOnceExactlyOneGetsIt() throws Exception {
        var second = jdbc.sql("""
                select id from participant where camp_id = ? and 'food_hygiene' = any (skills)
                    and arrives_on <= date '2027-11-01' and nickname not in ('Mikan', 'Hana') order by id limit 1""")
                .param(camp.campId()).query(Long.class).single();
        String secondAccount = "second-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.asTheApp(() -> accounts.create(secondAccount, OpenSeatCamp.PASSWORD, Role.PARTICIPANT, second, null));
        long secondsJam = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 4);
        assign(secondsJam, second);
        SignIn.as("organizer", Role.ORGANIZER, () -> rosters.publish(camp.campId()));
        var offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam(), SeatOffer.Kind.SWAP));

        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            var hana = pool.submit(() -> race(start, camp.hanaAccount(), camp.hana(), offer.id(), hanasJam));
            var other = pool.submit(() -> race(start, secondAccount, second, offer.id(), secondsJam));
            start.countDown();
            var outcomes = List.of(hana.get(), other.get());
            assertThat(outcomes).filteredOn(TakenSeat.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(RefusedChangeException.class::isInstance).singleElement()
                    .extracting(e -> ((RefusedChangeException) e).messageKey()).isEqualTo("offers.refused.gone");
        } finally {
            pool.shutdownNow();
        }
        long latest = camp.latestPublication(jdbc);
        assertThat(jdbc.sql("select count(*) from published_seat where publication_id = ? and participant_id = ?")
                .params(latest, camp.mikan()).query(Integer.class).single()).as("Mikan got exactly one seat back")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from published_seat where publication_id = ? and shift_id = ?")
                .params(latest, camp.firstJam()).query(Integer.class).single()).isEqualTo(1);
    }

    private void assign(long shiftId, long participantId) {
        jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, 0, ?)")
                .params(shiftId, participantId).update();
    }

    private long holder(long shiftId) {
        return jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = 0").param(shiftId)
                .query(Long.class).single();
    }

    private int liveEvents(long participantId) {
        return jdbc.sql("select count(*) from calendar_event where participant_id = ? and cancelled_at is null")
                .param(participantId).query(Integer.class).single();
    }

    private Object race(CountDownLatch start, String account, long participantId, long offerId, long returnShift)
            throws Exception {
        start.await();
        try {
            return SignIn.as(account, Role.PARTICIPANT, () -> offers.accept(participantId, offerId, returnShift));
        } catch (RefusedChangeException e) {
            return e;
        }
    }

    private void assertRefused(String account, Supplier<Object> work, String reason) {
        assertThatThrownBy(() -> as(account, work)).isInstanceOf(RefusedChangeException.class)
                .extracting(e -> ((RefusedChangeException) e).messageKey()).isEqualTo(reason);
    }

    private static <T> T as(String account, Supplier<T> work) {
        return SignIn.as(account, Role.PARTICIPANT, work);
    }
}
