package org.campfair.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.internal.CalendarUpdates;
import org.campfair.roster.OpenSeat;
import org.campfair.roster.PublishedRosterService;
import org.campfair.roster.PublishedShift;
import org.campfair.roster.RosterEdits;
import org.campfair.roster.RosterService;
import org.campfair.roster.TakenSeat;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Open seats on real PostgreSQL: what is offered, what taking one writes, what is refused, and races. */
@CampfairIntegrationTest
class OpenSeatServiceTest {

    @Autowired
    OpenSeatCamps openSeatCamps;
    @Autowired
    RosterService rosters;
    @Autowired
    RosterEdits edits;
    @Autowired
    OpenSeatService openSeats;
    @Autowired
    PublishedRosterService published;
    @Autowired
    CalendarUpdates calendars;
    @Autowired
    JdbcClient jdbc;

    private OpenSeatCamp camp;

    @BeforeEach
    void publishedCamp() {
        camp = openSeatCamps.publish();
    }

    @Test
    void offersRequiredSeatsFirstAndOnlyThoseEveryHardRuleAllows() {
        var mine = asMikan(() -> openSeats.openSeats(camp.mikan()));
        assertThat(mine.closedReason()).isNull();
        var seats = mine.seats().seats();
        assertThat(seats).isNotEmpty();
        int firstOptional = seats.stream().filter(seat -> !seat.required()).findFirst().map(seats::indexOf)
                .orElse(seats.size());
        assertThat(seats.subList(firstOptional, seats.size())).as("required seats first").noneMatch(OpenSeat::required);
        assertThat(seats).extracting(OpenSeat::task).as("tasks needing skills Mikan lacks")
                .doesNotContain("Clearing the abandoned grove", "Crate run to the co-op", "Cooking for the group")
                .contains("Jam making", "Peel drying");
        assertThat(seats).as("nothing overlapping her jam-making shift, nor a second seat of it")
                .noneMatch(seat -> seat.day().equals(LocalDate.of(2027, 11, 1))
                        && seat.start().isBefore(LocalTime.of(16, 0)) && seat.end().isAfter(LocalTime.of(13, 0)));
        assertThat(seats).extracting(OpenSeat::shiftId).doesNotHaveDuplicates().doesNotContain(camp.firstJam());
        assertThat(mine.seats().hoursPerDay()).as("3 h over 14 days").isCloseTo(3.0 / 14, within());
        var jam = seats.stream().filter(seat -> seat.task().equals("Jam making")).findFirst().orElseThrow();
        assertThat(jam.hoursPerDayAfter()).isGreaterThan(mine.seats().hoursPerDay());
        assertThat(jam.fairShareAfter()).isGreaterThan(mine.seats().fairShare());
    }

    @Test
    void aTakenSeatReachesTheWorkingAndPublishedRosterTheCalendarAndTheActivityList() {
        long jam = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 3);
        int publications = camp.publications(jdbc);
        var preview = asMikan(() -> openSeats.preview(camp.mikan(), jam, Locale.ENGLISH));
        assertThat(preview.seat().shiftId()).isEqualTo(jam);
        assertThat(preview.hoursPerDayBefore()).isCloseTo(3.0 / 14, within());

        TakenSeat taken = asMikan(() -> openSeats.take(camp.mikan(), jam));

        assertThat(taken.seat().shiftId()).isEqualTo(jam);
        assertThat(camp.publications(jdbc)).isEqualTo(publications + 1);
        assertThat(taken.publicationId()).isEqualTo(camp.latestPublication(jdbc));
        assertThat(jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = ?")
                .params(jam, taken.seat().seat()).query(Long.class).single()).isEqualTo(camp.mikan());
        assertThat(asMikan(() -> published.shiftsOf(camp.mikan()))).extracting(PublishedShift::shiftId)
                .containsExactlyInAnyOrder(camp.firstJam(), jam);
        assertThat(SignIn.as("organizer", Role.ORGANIZER, () -> rosters.changesSincePublication(camp.campId())))
                .as("working and published roster agree").isEmpty();

        calendars.awaitBackgroundWork(Duration.ofMinutes(2));
        assertThat(jdbc.sql("""
                select count(*) from calendar_event where participant_id = ? and cancelled_at is null""")
                .param(camp.mikan()).query(Integer.class).single()).as("her feed shows both shifts").isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from calendar_publication where publication_id = ?")
                .param(taken.publicationId()).query(Integer.class).single()).isEqualTo(1);

        var activity = SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.activity(camp.campId(), 10));
        assertThat(activity).singleElement().satisfies(change -> {
            assertThat(change.nickname()).isEqualTo("Mikan");
            assertThat(change.kind()).isEqualTo(SelfServiceChange.Kind.TOOK_SEAT);
            assertThat(change.task()).isEqualTo("Jam making");
            assertThat(change.hoursPerDayAfter()).isGreaterThan(change.hoursPerDayBefore());
        });
        var after = asMikan(() -> openSeats.openSeats(camp.mikan()));
        assertThat(after.seats().seats()).extracting(OpenSeat::shiftId).doesNotContain(jam);
        assertThat(after.taken()).hasSize(1);
    }

    @Test
    void refusesWhatARuleTheCapTheSwitchOrTheFreezeForbidsAndWritesNothing() {
        long clearing = OpenSeatCamp.shift(jdbc, camp.campId(), "Clearing the abandoned grove", 0);
        long overlapping = OpenSeatCamp.shift(jdbc, camp.campId(), "Peel drying", 0);
        long jam = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 3);
        int publications = camp.publications(jdbc);
        int seats = seatRows();

        assertRefused(() -> openSeats.take(camp.mikan(), clearing), "openSeats.refused.MISSING_SKILL");
        assertRefused(() -> openSeats.take(camp.mikan(), overlapping), "openSeats.refused.OVERLAPPING_SHIFTS");
        assertRefused(() -> openSeats.take(camp.mikan(), camp.firstJam()), "openSeats.refused.alreadyYours");
        assertThatThrownBy(() -> SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.take(camp.mikan(), jam)))
                .as("an organizer uses hand edits").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.as(camp.hanaAccount(), Role.PARTICIPANT, () -> openSeats.take(camp.mikan(), jam)))
                .as("another participant").isInstanceOf(AccessDeniedException.class);

        var settings = SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.settings(camp.campId()));
        assertThatThrownBy(() -> SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.save(
                new SelfServiceSettings(camp.campId(), true, true, true, null, 721, settings.version()))))
                .isInstanceOf(RefusedChangeException.class);
        var capped = save(new SelfServiceSettings(camp.campId(), true, true, true, null, 0, settings.version()));
        assertRefused(() -> openSeats.take(camp.mikan(), jam), "openSeats.refused.cap");
        var off = save(new SelfServiceSettings(camp.campId(), false, true, true, null, 60, capped.version()));
        assertThat(asMikan(() -> openSeats.openSeats(camp.mikan())).closedReason()).isEqualTo("openSeats.closed.off");
        assertRefused(() -> openSeats.take(camp.mikan(), jam), "openSeats.closed.off");
        save(new SelfServiceSettings(camp.campId(), true, true, true, LocalDate.now(), 60, off.version()));
        assertThat(asMikan(() -> openSeats.openSeats(camp.mikan())).closedReason()).isEqualTo("openSeats.closed.frozen");
        assertRefused(() -> openSeats.take(camp.mikan(), jam), "openSeats.closed.frozen");
        assertThatThrownBy(() -> save(new SelfServiceSettings(camp.campId(), true, true, true, null, 60, off.version())))
                .as("a save that did not see the last one").isInstanceOf(org.campfair.shared.StaleRecordException.class);

        assertThat(camp.publications(jdbc)).isEqualTo(publications);
        assertThat(seatRows()).isEqualTo(seats);
    }

    @Test
    void aParticipantWhoseShiftsTheOrganizersAreChangingIsOfferedNothingUntilTheyPublish() {
        long peel = OpenSeatCamp.shift(jdbc, camp.campId(), "Peel drying", 5);
        long jam = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 3);
        SignIn.as("organizer", Role.ORGANIZER, () -> edits.assignSeat(camp.campId(), peel, 0, camp.mikan(), false));

        assertThat(asMikan(() -> openSeats.openSeats(camp.mikan())).closedReason())
                .isEqualTo("openSeats.refused.changed");
        assertRefused(() -> openSeats.take(camp.mikan(), jam), "openSeats.refused.changed");
    }

    @Test
    void ofTwoPeopleTakingTheLastSeatAtOnceExactlyOneGetsIt() throws Exception {
        List<Long> shifts = jdbc.sql("""
                select id from (select distinct on (s.day) s.id, s.day from shift s join task t on t.id = s.task_id
                    where t.camp_id = ? and t.name = 'Jam making' and s.day in ('2027-11-03', '2027-11-06', '2027-11-09')
                    order by s.day, s.start_time) firsts order by day""")
                .param(camp.campId()).query(Long.class).list();
        assertThat(shifts).hasSize(3);
        List<Long> others = jdbc.sql("""
                select id from participant where camp_id = ? and nickname not in ('Mikan', 'Hana') order by id limit 10""")
                .param(camp.campId()).query(Long.class).list();
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (long shift : shifts) {
                int max = jdbc.sql("select max_headcount from shift where id = ?").param(shift).query(Integer.class).single();
                for (int seat = 0; seat < max - 1; seat++) {
                    jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, ?, ?)")
                            .params(shift, seat, others.get(seat)).update();
                }
                var start = new CountDownLatch(1);
                Future<Object> mikan = pool.submit(() -> race(start, camp.mikanAccount(), camp.mikan(), shift));
                Future<Object> hana = pool.submit(() -> race(start, camp.hanaAccount(), camp.hana(), shift));
                start.countDown();
                var outcomes = List.of(mikan.get(), hana.get());
                assertThat(outcomes).as("one seat, one taker").filteredOn(TakenSeat.class::isInstance).hasSize(1);
                assertThat(outcomes).filteredOn(RefusedChangeException.class::isInstance).singleElement()
                        .extracting(e -> ((RefusedChangeException) e).messageKey()).isEqualTo("openSeats.refused.taken");
                assertThat(jdbc.sql("""
                        select count(*) from published_seat where publication_id = ? and shift_id = ?
                            and participant_id in (?, ?)""")
                        .params(camp.latestPublication(jdbc), shift, camp.mikan(), camp.hana())
                        .query(Integer.class).single()).isEqualTo(1);
                assertThat(jdbc.sql("select count(*) from seat_assignment where shift_id = ? and participant_id is not null")
                        .param(shift).query(Integer.class).single()).isEqualTo(max);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Object race(CountDownLatch start, String account, long participantId, long shift) throws Exception {
        start.await();
        try {
            return SignIn.as(account, Role.PARTICIPANT, () -> openSeats.take(participantId, shift));
        } catch (RefusedChangeException e) {
            return e;
        }
    }

    private SelfServiceSettings save(SelfServiceSettings settings) {
        return SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.save(settings));
    }

    private void assertRefused(Supplier<Object> take, String reason) {
        assertThatThrownBy(() -> asMikan(take)).isInstanceOf(RefusedChangeException.class)
                .extracting(e -> ((RefusedChangeException) e).messageKey()).isEqualTo(reason);
    }

    private <T> T asMikan(Supplier<T> work) {
        return SignIn.as(camp.mikanAccount(), Role.PARTICIPANT, work);
    }

    private int seatRows() {
        return jdbc.sql("""
                select count(*) from seat_assignment a join shift s on s.id = a.shift_id join task t on t.id = s.task_id
                where t.camp_id = ? and a.participant_id is not null""").param(camp.campId()).query(Integer.class).single();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
