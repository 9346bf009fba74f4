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
import org.campfair.roster.OpenSeat;
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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Give-aways and swaps on real PostgreSQL: Mikan gives her jam-making seat away; Hana (food
 * hygiene) sees and takes it, Kuma (no food hygiene) neither sees nor takes it; pinned seats
 * stay put; two people accepting at once; withdrawing and expiry. Swaps: Mikan (no cooking)
 * offers the same seat for one of the taker's; Hana may give her jam seat in return, not her
 * cooking one, and the refusal names Mikan's side of the rule.
 */
@CampfairIntegrationTest
class SeatOfferServiceTest {

    @Autowired
    OpenSeatCamps openSeatCamps;
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
    private long hanasJam;
    private long hanasCooking;
    private long kumasHarvest;
    private String secondAccount = "";

    @BeforeEach
    void publishedCamp() {
        camp = openSeatCamps.publish();
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
        TakenSeat taken = as(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id())).taken().orElseThrow();

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
        assertRefused(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id()), "offers.refused.tookIt");
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
        long second = secondTaker();
        var offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()));

        assertExactlyOneGetsIt(offer.id(), second, null, null);
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
        assertRefused(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id()), "offers.refused.withdrawn");

        var again = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam()));
        jdbc.sql("update seat_offer set expires_at = now() - interval '1 minute' where id = ?").param(again.id()).update();
        assertThat(as(camp.hanaAccount(), () -> offers.offersFor(camp.hana()))).isEmpty();
        assertRefused(camp.hanaAccount(), () -> offers.accept(camp.hana(), again.id()), "offers.refused.expired");
        assertThat(as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam())).id())
                .as("an expired offer frees the seat for a new one").isNotEqualTo(again.id());
    }

    @Test
    void anEligibleSwapGoesThroughAndReachesBothCalendarsAndTheActivityList() {
        swapReady();
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
        TakenSeat taken = as(camp.hanaAccount(), () -> offers.accept(camp.hana(), offer.id(), hanasJam)).taken()
                .orElseThrow();

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
                "offers.refused.tookIt");
    }

    @Test
    void anIneligibleSwapIsRefusedWithTheRuleAndNothingIsWritten() {
        swapReady();
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
        swapReady();
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
        swapReady();
        long second = secondTaker();
        long secondsJam = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 4);
        assign(secondsJam, second);
        SignIn.as("organizer", Role.ORGANIZER, () -> rosters.publish(camp.campId()));
        var offer = as(camp.mikanAccount(), () -> offers.offer(camp.mikan(), camp.firstJam(), SeatOffer.Kind.SWAP));

        assertExactlyOneGetsIt(offer.id(), second, hanasJam, secondsJam);
        long latest = camp.latestPublication(jdbc);
        assertThat(jdbc.sql("select count(*) from published_seat where publication_id = ? and participant_id = ?")
                .params(latest, camp.mikan()).query(Integer.class).single()).as("Mikan got exactly one seat back")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from published_seat where publication_id = ? and shift_id = ?")
                .params(latest, camp.firstJam()).query(Integer.class).single()).isEqualTo(1);
    }

    /**
     * For the swap tests: Hana also holds a later jam-making seat and a cooking seat (Mikan,
     * who cannot cook, may take only the first), Kuma a harvest seat; published.
     */
    private void swapReady() {
        hanasJam = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 2);
        hanasCooking = OpenSeatCamp.shift(jdbc, camp.campId(), "Cooking for the group", 4);
        kumasHarvest = OpenSeatCamp.shift(jdbc, camp.campId(), "Yuzu harvest (riverside grove)", 4);
        assign(hanasJam, camp.hana());
        assign(hanasCooking, camp.hana());
        assign(kumasHarvest, kuma);
        SignIn.as("organizer", Role.ORGANIZER, () -> rosters.publish(camp.campId()));
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

    /** A second eligible taker with an account: someone with food hygiene besides Mikan and Hana. */
    private long secondTaker() {
        long second = jdbc.sql("""
                select id from participant where camp_id = ? and 'food_hygiene' = any (skills)
                    and arrives_on <= date '2027-11-01' and nickname not in ('Mikan', 'Hana') order by id limit 1""")
                .param(camp.campId()).query(Long.class).single();
        secondAccount = "second-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.asTheApp(() -> accounts.create(secondAccount, OpenSeatCamp.PASSWORD, Role.PARTICIPANT, second, null));
        return second;
    }

    /** Hana and the second taker accept at the same moment: one gets it, the other is told it is gone. */
    private void assertExactlyOneGetsIt(long offerId, long second, @Nullable Long hanasReturn,
            @Nullable Long secondsReturn) throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            var hana = pool.submit(() -> race(start, camp.hanaAccount(), camp.hana(), offerId, hanasReturn));
            var other = pool.submit(() -> race(start, secondAccount, second, offerId, secondsReturn));
            start.countDown();
            var outcomes = List.of(hana.get(), other.get());
            assertThat(outcomes).filteredOn(TakenSeat.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(RefusedChangeException.class::isInstance).singleElement()
                    .extracting(e -> ((RefusedChangeException) e).messageKey()).isEqualTo("offers.refused.takenByOther");
        } finally {
            pool.shutdownNow();
        }
    }

    private Object race(CountDownLatch start, String account, long participantId, long offerId,
            @Nullable Long returnShift) throws Exception {
        start.await();
        try {
            return SignIn.as(account, Role.PARTICIPANT, () -> offers.accept(participantId, offerId, returnShift))
                    .taken().orElseThrow();
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
