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
import org.campfair.roster.PublishedRosterService;
import org.campfair.roster.PublishedShift;
import org.campfair.roster.RosterEdits;
import org.campfair.roster.RosterService;
import org.campfair.roster.TakenSeat;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Give-aways on real PostgreSQL: Mikan gives her jam-making seat away; Hana (food hygiene)
 * sees and takes it, Kuma (no food hygiene) neither sees nor takes it; pinned seats stay put;
 * two people accepting at once; withdrawing and expiry.
 */
@CampfairIntegrationTest
class SeatOfferServiceTest {

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
    private long kuma;
    private String kumaAccount;

    @BeforeEach
    void publishedCamp() {
        camp = OpenSeatCamp.publish(importer, rosters, accounts, jdbc);
        kuma = OpenSeatCamp.participant(jdbc, camp.campId(), "Kuma");
        kumaAccount = "kuma-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.asTheApp(() -> accounts.create(kumaAccount, OpenSeatCamp.PASSWORD, Role.PARTICIPANT, kuma, null));
    }

    @Test
    void anEligibleParticipantTakesAGivenAwaySeatAndBothCalendarsAndTheActivityListFollow() {
        var offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()));
        assertThat(offer.offeredBy()).isEqualTo("Mikan");
        assertThat(offer.expiresAt()).isBefore(java.time.Instant.now().plus(Duration.ofHours(24).plusMinutes(1)));
        assertThat(as(camp.mikanAccount(), () -> offers.mine(camp.mikan()))).extracting(SeatOffer::id)
                .containsExactly(offer.id());
        assertThat(as(camp.mikanAccount(), () -> offers.offersFor(camp.mikan()))).as("not her own").isEmpty();
        assertThat(as(kumaAccount, () -> offers.offersFor(kuma))).as("Kuma lacks food hygiene").isEmpty();
        assertThat(as(camp.hanaAccount(), () -> offers.offersFor(camp.hana()))).extracting(SeatOffer::id)
                .containsExactly(offer.id());
        assertRefused(kumaAccount, () -> offers.accept(kuma, offer.id()), "openSeats.refused.MISSING_SKILL");

        var preview = as(camp.hanaAccount(), () -> offers.preview(camp.hana(), offer.id(), Locale.ENGLISH));
        assertThat(preview.seat().hoursPerDayAfter()).isGreaterThan(preview.hoursPerDayBefore());
        int publications = camp.publications(jdbc);
        TakenSeat taken = as(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id()));

        assertThat(camp.publications(jdbc)).isEqualTo(publications + 1);
        assertThat(jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = 0")
                .param(camp.firstJam()).query(Long.class).single()).isEqualTo(camp.hana());
        assertThat(as(camp.hanaAccount(), () -> published.shiftsOf(camp.hana()))).extracting(PublishedShift::shiftId)
                .containsExactly(camp.firstJam());
        assertThat(as(camp.mikanAccount(), () -> published.shiftsOf(camp.mikan()))).isEmpty();
        assertThat(taken.publicationId()).isEqualTo(camp.latestPublication(jdbc));
        calendars.awaitBackgroundWork(Duration.ofMinutes(2));
        assertThat(jdbc.sql("select count(*) from calendar_event where participant_id = ? and cancelled_at is null")
                .param(camp.mikan()).query(Integer.class).single()).as("Mikan's event cancelled").isZero();
        assertThat(jdbc.sql("select count(*) from calendar_event where participant_id = ? and cancelled_at is null")
                .param(camp.hana()).query(Integer.class).single()).isEqualTo(1);

        var activity = SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.activity(camp.campId(), 10));
        assertThat(activity).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(SelfServiceChange.Kind.TOOK_GIVEN_SEAT);
            assertThat(change.nickname()).isEqualTo("Hana");
            assertThat(change.givenBy()).isEqualTo("Mikan");
        });
        assertRefused(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id()), "offers.refused.gone");
        assertThat(as(camp.hanaAccount(), () -> offers.offersFor(camp.hana()))).isEmpty();
    }

    @Test
    void pinnedSeatsOtherPeoplesSeatsAndSwitchedOffCampsOfferNothing() {
        assertRefused(camp.hanaAccount(), () -> offers.offer(camp.hana(), camp.firstJam()), "offers.refused.notYours");
        assertThatThrownBy(() -> as(camp.hanaAccount(), () -> offers.offer(camp.mikan(), camp.firstJam())))
                .isInstanceOf(AccessDeniedException.class);
        var settings = SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.settings(camp.campId()));
        var off = SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.save(new SelfServiceSettings(camp.campId(),
                true, false, true, null, 60, settings.version())));
        assertRefused(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()), "offers.closed.off");
        SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.save(new SelfServiceSettings(camp.campId(), true, true, true,
                null, 60, off.version())));

        SignIn.as("organizer", Role.ORGANIZER, () -> edits.pinSeat(camp.campId(), camp.firstJam(), 0, true));
        assertRefused(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()), "offers.refused.pinned");
        assertThat(jdbc.sql("select count(*) from seat_offer where camp_id = ?").param(camp.campId())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void ofTwoPeopleAcceptingOneOfferAtOnceExactlyOneGetsIt() throws Exception {
        // A second eligible taker: someone with food hygiene besides Mikan and Hana.
        var second = jdbc.sql("""
                select id from participant where camp_id = ? and 'food_hygiene' = any (skills)
                    and arrives_on <= date '2027-11-01' and nickname not in ('Mikan', 'Hana') order by id limit 1""")
                .param(camp.campId()).query(Long.class).single();
        String secondAccount = "second-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.asTheApp(() -> accounts.create(secondAccount, OpenSeatCamp.PASSWORD, Role.PARTICIPANT, second, null));
        var offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()));

        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            var hana = pool.submit(() -> race(start, camp.hanaAccount(), camp.hana(), offer.id()));
            var other = pool.submit(() -> race(start, secondAccount, second, offer.id()));
            start.countDown();
            var outcomes = List.of(hana.get(), other.get());
            assertThat(outcomes).filteredOn(TakenSeat.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(RefusedChangeException.class::isInstance).singleElement()
                    .extracting(e -> ((RefusedChangeException) e).messageKey()).isEqualTo("offers.refused.gone");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from published_seat where publication_id = ? and shift_id = ?")
                .params(camp.latestPublication(jdbc), camp.firstJam()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aWithdrawnOrExpiredOfferCannotBeTaken() {
        var offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()));
        assertRefused(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()),
                "offers.refused.alreadyOffered");
        assertThatThrownBy(() -> as(camp.hanaAccount(), () -> {
            offers.withdraw(camp.hana(), offer.id());
            return null;
        })).as("not Hana's to withdraw").isInstanceOf(NotFoundException.class);
        as(camp.mikanAccount(), () -> {
            offers.withdraw(camp.mikan(), offer.id());
            return null;
        });
        assertRefused(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id()), "offers.refused.gone");

        var again = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()));
        jdbc.sql("update seat_offer set expires_at = now() - interval '1 minute' where id = ?").param(again.id()).update();
        assertThat(as(camp.hanaAccount(), () -> offers.offersFor(camp.hana()))).isEmpty();
        assertRefused(camp.hanaAccount(), () -> offers.accept(camp.hana(), again.id()), "offers.refused.gone");
        assertThat(as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam())).id())
                .as("an expired offer frees the seat for a new one").isNotEqualTo(again.id());
    }

    private Object race(CountDownLatch start, String account, long participantId, long offerId) throws Exception {
        start.await();
        try {
            return SignIn.as(account, Role.PARTICIPANT, () -> offers.accept(participantId, offerId));
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
