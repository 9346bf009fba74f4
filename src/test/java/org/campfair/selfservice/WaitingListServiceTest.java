package org.campfair.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.ParticipantSeats;
import org.campfair.roster.RosterService;
import org.campfair.roster.SeatHandOvers;
import org.campfair.roster.TakenSeat;
import org.campfair.selfservice.internal.SelfServiceStore;
import org.campfair.selfservice.internal.TakeGate;
import org.campfair.selfservice.internal.WaitingListStore;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.CampAccess;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Waiting lists on real PostgreSQL. Every seat of jam making (food hygiene) is taken and
 * published; Hana and then a second food-hygiene participant join its list. When the organizers
 * free a seat and publish, it is held for Hana; nobody else takes it meanwhile; when her hold
 * runs out (a clock moved on by hand) it goes to the next person, who takes it. An ineligible
 * person ahead of them on the list is passed over.
 */
@CampfairIntegrationTest
class WaitingListServiceTest {

    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    AccountService accounts;
    @Autowired
    WaitingListService waitingLists;
    @Autowired
    OpenSeatService openSeats;
    @Autowired
    ChangeNotices notices;
    @Autowired
    SeatOfferService offers;
    @Autowired
    ApplicationContext app;
    @Autowired
    JdbcClient jdbc;

    private OpenSeatCamp camp;
    private long jamTask;
    private long second;
    private String secondAccount = "";
    private long kuma;

    @BeforeEach
    void everyJamSeatTaken() {
        camp = OpenSeatCamp.publish(importer, rosters, accounts, jdbc);
        second = jdbc.sql("""
                select id from participant where camp_id = ? and 'food_hygiene' = any (skills)
                    and nickname not in ('Mikan', 'Hana') and arrives_on <= date '2027-11-01'
                    and departs_on >= date '2027-11-14' order by id limit 1""")
                .param(camp.campId()).query(Long.class).single();
        secondAccount = "second-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.asTheApp(() -> accounts.create(secondAccount, OpenSeatCamp.PASSWORD, Role.PARTICIPANT, second, null));
        kuma = OpenSeatCamp.participant(jdbc, camp.campId(), "Kuma");
        jamTask = camp.fillEveryJamSeat(jdbc, second, kuma);
        organizer(() -> rosters.publish(camp.campId()));
    }

    @Test
    void aFreedSeatIsHeldForTheFirstEligiblePersonThenForTheNextWhenTheHoldRunsOut() {
        assertThat(as(camp.hanaAccount(), () -> waitingLists.mine(camp.hana())).joinable())
                .extracting(MyWaitingLists.JoinableTask::task).containsExactly("Jam making");
        // Kuma (no food hygiene) was on the list first, say from before a rule changed.
        jdbc.sql("insert into waiting_list_entry (camp_id, task_id, participant_id, joined_at) values (?, ?, ?, ?)")
                .params(camp.campId(), jamTask, kuma, java.sql.Timestamp.from(Instant.now().minusSeconds(60))).update();
        as(camp.hanaAccount(), () -> waitingLists.join(camp.hana(), jamTask));
        var secondsLists = as(secondAccount, () -> waitingLists.join(second, jamTask));
        assertThat(secondsLists).singleElement().satisfies(entry -> {
            assertThat(entry.position()).isEqualTo(3);
            assertThat(entry.length()).isEqualTo(3);
        });

        long freed = freeASeat(3);

        var hanas = as(camp.hanaAccount(), () -> waitingLists.mine(camp.hana())).held();
        assertThat(hanas).as("Kuma is passed over, Hana is next").singleElement().satisfies(held -> {
            assertThat(held.shiftId()).isEqualTo(freed);
            assertThat(held.expiresAt()).isBetween(Instant.now().plus(Duration.ofHours(11)),
                    Instant.now().plus(Duration.ofHours(12)));
        });
        assertThat(as(secondAccount, () -> waitingLists.mine(second)).held()).isEmpty();
        assertThat(as(camp.mikanAccount(), () -> openSeats.openSeats(camp.mikan())).seats().seats())
                .as("held, so not offered to others").noneMatch(seat -> seat.shiftId() == freed);
        assertRefused(camp.mikanAccount(), () -> openSeats.take(camp.mikan(), freed), "openSeats.refused.held");

        var clock = new MovableClock(Instant.now());
        var later = waitingListsAt(clock);
        clock.advance(Duration.ofHours(12).plusMinutes(1));
        assertThat(offersAt(clock).sweepExpired()).as("camps with a hold that ran out, this one among them").isPositive();

        assertRefused(camp.hanaAccount(), () -> later.accept(camp.hana(), hanas.getFirst().id()),
                "waitingList.refused.expired");
        var seconds = as(secondAccount, () -> later.mine(second)).held();
        assertThat(seconds).singleElement().satisfies(held -> assertThat(held.shiftId()).isEqualTo(freed));
        assertThat(as(camp.hanaAccount(), () -> later.mine(camp.hana())).held()).isEmpty();

        TakenSeat taken = as(secondAccount, () -> later.accept(second, seconds.getFirst().id()));

        assertThat(taken.seat().shiftId()).isEqualTo(freed);
        assertThat(jdbc.sql("select count(*) from published_seat where publication_id = ? and participant_id = ?")
                .params(camp.latestPublication(jdbc), second).query(Integer.class).single()).isEqualTo(1);
        assertThat(as(secondAccount, () -> later.mine(second)).lists()).as("off the list once seated").isEmpty();
        assertThat(as(camp.hanaAccount(), () -> later.mine(camp.hana())).lists()).singleElement()
                .satisfies(entry -> assertThat(entry.position() + "/" + entry.length()).isEqualTo("2/2"));
        assertThat(as(secondAccount, () -> notices.of(second))).extracting(ChangeNotice::kind)
                .containsExactly(ChangeNotice.Kind.YOU_TOOK);
    }

    @Test
    void joiningIsRefusedWithTheReasonAndLeavingLetsAHeldSeatGoToTheNext() {
        assertRefused(kumaAccount(), () -> waitingLists.join(kuma, jamTask), "waitingList.refused.notEligible");
        long peelTask = jdbc.sql("select id from task where camp_id = ? and name = 'Peel drying'")
                .param(camp.campId()).query(Long.class).single();
        assertRefused(camp.hanaAccount(), () -> waitingLists.join(camp.hana(), peelTask),
                "waitingList.refused.seatsFree");
        as(camp.hanaAccount(), () -> waitingLists.join(camp.hana(), jamTask));
        assertRefused(camp.hanaAccount(), () -> waitingLists.join(camp.hana(), jamTask), "waitingList.refused.already");
        as(secondAccount, () -> waitingLists.join(second, jamTask));

        long freed = freeASeat(5);
        assertThat(as(camp.hanaAccount(), () -> waitingLists.mine(camp.hana())).held()).hasSize(1);

        as(camp.hanaAccount(), () -> {
            waitingLists.leave(camp.hana(), jamTask);
            return null;
        });

        assertThat(as(camp.hanaAccount(), () -> waitingLists.mine(camp.hana())).lists()).isEmpty();
        assertThat(as(secondAccount, () -> waitingLists.mine(second)).held()).singleElement()
                .satisfies(held -> assertThat(held.shiftId()).isEqualTo(freed));

        var settings = organizer(() -> openSeats.settings(camp.campId()));
        organizer(() -> openSeats.save(settings.withWaitingLists(false, settings.waitingOfferMinutes())));
        assertRefused(camp.hanaAccount(), () -> waitingLists.join(camp.hana(), jamTask), "waitingList.closed.off");
        assertThatThrownBy(() -> organizer(() -> openSeats.save(openSeats.settings(camp.campId())
                .withWaitingLists(true, 5)))).isInstanceOf(RefusedChangeException.class)
                .extracting(e -> ((RefusedChangeException) e).messageKey())
                .isEqualTo("selfService.settings.waitingRange");
    }

    @Test
    void ofThePersonAHeldSeatIsForAndSomeoneElseTakingItAtOnceExactlyOneGetsIt() throws Exception {
        as(camp.hanaAccount(), () -> waitingLists.join(camp.hana(), jamTask));
        long freed = freeASeat(7);
        var held = as(camp.hanaAccount(), () -> waitingLists.mine(camp.hana())).held().getFirst();

        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            var hana = pool.submit(() -> race(start, camp.hanaAccount(), () -> waitingLists.accept(camp.hana(),
                    held.id())));
            var mikan = pool.submit(() -> race(start, camp.mikanAccount(), () -> openSeats.take(camp.mikan(), freed)));
            start.countDown();
            var outcomes = List.of(hana.get(), mikan.get());
            assertThat(outcomes).filteredOn(TakenSeat.class::isInstance).singleElement()
                    .satisfies(taken -> assertThat(((TakenSeat) taken).participantId()).isEqualTo(camp.hana()));
            assertThat(outcomes).filteredOn(RefusedChangeException.class::isInstance).singleElement()
                    .extracting(e -> ((RefusedChangeException) e).messageKey())
                    .isIn("openSeats.refused.held", "openSeats.refused.taken");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from published_seat where publication_id = ? and shift_id = ?")
                .params(camp.latestPublication(jdbc), freed).query(Integer.class).single())
                .isEqualTo(jdbc.sql("select max_headcount from shift where id = ?").param(freed)
                        .query(Integer.class).single());
    }

    /**
     * Someone on a full jam-making shift gives their seat away and nobody takes it in 24 hours:
     * the seat, still theirs, goes to the task's waiting list. Hana (first) is offered it; her
     * hold runs out, the second person is offered it and takes it, handed over from the giver.
     */
    @Test
    void aGiveAwayNobodyTookInTimeGoesToTheWaitingListOnePersonAfterTheOther() {
        long shift = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 7);
        long giver = jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = 0")
                .param(shift).query(Long.class).single();
        String giverAccount = "giver-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.asTheApp(() -> accounts.create(giverAccount, OpenSeatCamp.PASSWORD, Role.PARTICIPANT, giver, null));
        as(camp.hanaAccount(), () -> waitingLists.join(camp.hana(), jamTask));
        as(secondAccount, () -> waitingLists.join(second, jamTask));
        var offer = as(giverAccount, () -> offers.offer(giver, shift));

        var clock = new MovableClock(Instant.now());
        var later = waitingListsAt(clock);
        offersAt(clock).sweepExpired();
        assertThat(as(camp.hanaAccount(), () -> later.mine(camp.hana())).held()).as("the give-away is still open")
                .isEmpty();

        clock.advance(SeatOfferService.LIFETIME.plusMinutes(1));
        assertThat(offersAt(clock).sweepExpired()).isPositive();
        assertThat(as(camp.hanaAccount(), () -> later.mine(camp.hana())).held()).singleElement()
                .satisfies(held -> assertThat(held.shiftId()).isEqualTo(shift));
        assertThat(as(secondAccount, () -> later.mine(second)).held()).isEmpty();
        assertThat(outcome(offer.id())).isEqualTo("WAITING_LIST");

        clock.advance(Duration.ofHours(12).plusMinutes(1));
        offersAt(clock).sweepExpired();
        assertThat(as(camp.hanaAccount(), () -> later.mine(camp.hana())).held()).isEmpty();
        var seconds = as(secondAccount, () -> later.mine(second)).held();
        assertThat(seconds).singleElement().satisfies(held -> assertThat(held.shiftId()).isEqualTo(shift));

        TakenSeat taken = as(secondAccount, () -> later.accept(second, seconds.getFirst().id()));

        assertThat(taken.seat().shiftId()).isEqualTo(shift);
        assertThat(jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = 0")
                .param(shift).query(Long.class).single()).as("handed over from the giver").isEqualTo(second);
        assertThat(jdbc.sql("select participant_id from published_seat where publication_id = ? and shift_id = ? "
                + "and seat = 0").params(camp.latestPublication(jdbc), shift).query(Long.class).single())
                .isEqualTo(second);
        assertThat(outcome(offer.id())).isEqualTo("GIVEN");
        var activity = organizer(() -> openSeats.activity(camp.campId(), 10));
        assertThat(activity).first().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(SelfServiceChange.Kind.TOOK_GIVEN_SEAT);
            assertThat(change.givenBy()).isNotNull();
        });
        assertThat(as(secondAccount, () -> later.mine(second)).lists()).as("off the list once seated").isEmpty();
    }

    /**
     * A give-away held for Hana from the waiting list, whose giver a published re-plan moved to
     * another seat number of the same shift: the seat is still the giver's and still held for
     * her, so she takes it (it was refused as gone); used once, the hold says she took it.
     */
    @Test
    void aHeldGiveAwayWhoseGiverARePlanMovedToAnotherSeatOfTheShiftIsStillTaken() {
        long shift = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 7);
        long giver = holder(shift, 0);
        long next = holder(shift, 1);
        String giverAccount = "giver-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.asTheApp(() -> accounts.create(giverAccount, OpenSeatCamp.PASSWORD, Role.PARTICIPANT, giver, null));
        as(camp.hanaAccount(), () -> waitingLists.join(camp.hana(), jamTask));
        as(giverAccount, () -> offers.offer(giver, shift));
        var clock = new MovableClock(Instant.now());
        var later = waitingListsAt(clock);
        clock.advance(SeatOfferService.LIFETIME.plusMinutes(1));
        offersAt(clock).sweepExpired();
        var held = as(camp.hanaAccount(), () -> later.mine(camp.hana())).held().getFirst();

        jdbc.sql("update seat_assignment set participant_id = case seat when 0 then ? else ? end"
                + " where shift_id = ? and seat in (0, 1)").params(next, giver, shift).update();
        organizer(() -> rosters.publish(camp.campId()));
        TakenSeat taken = as(camp.hanaAccount(), () -> later.accept(camp.hana(), held.id(), ShiftTime.of(held)));

        assertThat(taken.seat().seat()).isEqualTo(1);
        assertThat(holder(shift, 1)).as("the giver's seat now").isEqualTo(camp.hana());
        assertThat(holder(shift, 0)).isEqualTo(next);
        assertRefused(camp.hanaAccount(), () -> later.accept(camp.hana(), held.id()), "waitingList.refused.taken");
    }

    private long holder(long shiftId, int seat) {
        return jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = ?")
                .params(shiftId, seat).query(Long.class).single();
    }

    private String outcome(long seatOfferId) {
        return jdbc.sql("select outcome from seat_offer where id = ?").param(seatOfferId).query(String.class).single();
    }

    /** The organizers empty one seat of the {@code n}th jam-making shift and publish; returns the shift. */
    private long freeASeat(int n) {
        long shift = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", n);
        jdbc.sql("update seat_assignment set participant_id = null where shift_id = ? and seat = 1").param(shift)
                .update();
        organizer(() -> rosters.publish(camp.campId()));
        return shift;
    }

    private WaitingListService waitingListsAt(MovableClock clock) {
        return new WaitingListService(app.getBean(ParticipantSeats.class), app.getBean(SeatHandOvers.class),
                offersAt(clock), app.getBean(TakeGate.class), app.getBean(PlatformTransactionManager.class),
                app.getBean(WaitingListStore.class), app.getBean(SelfServiceStore.class),
                app.getBean(ParticipantService.class), app.getBean(CampService.class),
                app.getBean(CampAccess.class), app.getBean(OfferedSeatChecks.class), clock);
    }

    private WaitingListOffers offersAt(MovableClock clock) {
        return new WaitingListOffers(app.getBean(ParticipantSeats.class), app.getBean(SeatHandOvers.class),
                app.getBean(WaitingListStore.class), app.getBean(SelfServiceStore.class),
                app.getBean(CampService.class), app.getBean(OfferedSeatChecks.class), clock);
    }

    private String kumaAccount() {
        String account = "kuma-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.asTheApp(() -> accounts.create(account, OpenSeatCamp.PASSWORD, Role.PARTICIPANT, kuma, null));
        return account;
    }

    private static Object race(CountDownLatch start, String account, Supplier<TakenSeat> work) throws Exception {
        start.await();
        try {
            return SignIn.as(account, Role.PARTICIPANT, work);
        } catch (RefusedChangeException e) {
            return e;
        }
    }

    private static void assertRefused(String account, Supplier<Object> work, String reason) {
        assertThatThrownBy(() -> as(account, work)).isInstanceOf(RefusedChangeException.class)
                .extracting(e -> ((RefusedChangeException) e).messageKey()).isEqualTo(reason);
    }

    private static <T> T organizer(Supplier<T> work) {
        return SignIn.as("organizer", Role.ORGANIZER, work);
    }

    private static <T> T as(String account, Supplier<T> work) {
        return SignIn.as(account, Role.PARTICIPANT, work);
    }
}
