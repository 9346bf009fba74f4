package org.campfair.campday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.campday.NotToday.Outcome;
import org.campfair.campday.internal.NotTodayStore;
import org.campfair.campday.internal.TodayStore;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.participant.PreferenceService;
import org.campfair.roster.CampRoster;
import org.campfair.roster.RosterChange;
import org.campfair.roster.RosterService;
import org.campfair.roster.RosterShift;
import org.campfair.roster.SolveAlreadyRunningException;
import org.campfair.roster.SolvedCamps;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.CampAccess;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Not today" on a sample camp moved to Berlin so that its third day is Sunday 2027-10-31,
 * the night summer time ends (03:00 CEST becomes 02:00 CET): local shift times and "now" are
 * Berlin's winter time that day, one hour ahead of UTC, not the summer offset of the days before.
 */
@CampfairIntegrationTest
class NotTodayServiceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate SUNDAY = LocalDate.of(2027, 10, 31);
    private static final Instant SUNDAY_MORNING = Instant.parse("2027-10-31T07:45:00Z");

    @Autowired
    CampImportService importer;
    @Autowired
    NotTodayStore store;
    @Autowired
    TodayStore todayStore;
    @Autowired
    CampAccess access;
    @Autowired
    AccountService accounts;
    @Autowired
    ParticipantService participants;
    @Autowired
    PreferenceService preferences;
    @Autowired
    RosterService rosters;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;

    @Test
    void beforePublicationItIsADayAwayAndBadDaysAreRefusedWithNothingWritten() {
        var camp = CampOnDay.imported(importer, jdbc, SUNDAY, BERLIN);
        long kuma = camp.participant(jdbc, "Kuma");
        String kumasAccount = account(Role.PARTICIPANT, kuma);
        // Saturday evening, summer time: tomorrow is the Sunday.
        var service = at(Instant.parse("2027-10-30T18:00:00Z"));

        var said = SignIn.as(kumasAccount, Role.PARTICIPANT, () -> service.say(kuma, SUNDAY, "  A fever, sorry.  "));
        assertThat(said.outcome()).isEqualTo(Outcome.DAY_AWAY);
        assertThat(said.replanJobId()).isNull();
        assertThat(SignIn.as(kumasAccount, Role.PARTICIPANT, () -> preferences.of(kuma)).unavailableDays())
                .as("a normal day away in the preferences").contains(SUNDAY);
        assertThat(store.find(kuma, SUNDAY).orElseThrow().note()).isEqualTo("A fever, sorry.");
        assertThat(SignIn.as(kumasAccount, Role.PARTICIPANT, () -> service.say(kuma, SUNDAY, null)).outcome())
                .as("a second tap is harmless").isEqualTo(Outcome.ALREADY_SAID);
        assertThat(jdbc.sql("select count(*) from solve_job where camp_id = ?").param(camp.campId())
                .query(Long.class).single()).as("nothing to re-plan before publication").isZero();

        long mikan = camp.participant(jdbc, "Mikan");
        int mikansAbsences = unavailability(mikan);
        jdbc.sql("update participant set arrives_on = ? where id = ?").params(SUNDAY.plusDays(1), mikan).update();
        var refusals = Map.of(
                "campday.notToday.outsideCamp", (Runnable) () -> service.say(kuma, LocalDate.of(2027, 11, 20), null),
                "campday.notToday.outsideStay", () -> service.say(mikan, SUNDAY, null),
                "campday.notToday.past", () -> service.say(kuma, SUNDAY.minusDays(2), null),
                "campday.notToday.tooFarAhead", () -> service.say(kuma, SUNDAY.plusDays(1), null),
                "campday.notToday.noteTooLong", () -> service.say(kuma, SUNDAY.minusDays(1), "x".repeat(501)));
        refusals.forEach((key, call) -> assertThatThrownBy(() -> SignIn.as("organizer", Role.ORGANIZER, call))
                .as(key).isInstanceOfSatisfying(RefusedChangeException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key)));
        assertThat(rows(camp.campId())).as("only Kuma's Sunday was written").isEqualTo(1);
        assertThat(unavailability(mikan)).isEqualTo(mikansAbsences);

        String stranger = account(Role.PARTICIPANT, mikan);
        assertThatThrownBy(() -> SignIn.as(stranger, Role.PARTICIPANT, () -> service.say(kuma, SUNDAY, null)))
                .as("another participant").isInstanceOf(AccessDeniedException.class);

        var back = SignIn.as(kumasAccount, Role.PARTICIPANT, () -> service.takeBack(kuma, SUNDAY));
        assertThat(back.outcome()).isEqualTo(Outcome.TAKEN_BACK);
        assertThat(SignIn.as(kumasAccount, Role.PARTICIPANT, () -> preferences.of(kuma)).unavailableDays())
                .doesNotContain(SUNDAY);
        assertThat(rows(camp.campId())).isZero();
    }

    @Test
    void afterPublicationTheRestOfTheDayAndTheNextAreReplannedInTheCampsTimeAcrossTheEndOfSummerTime() {
        var camp = CampOnDay.published(importer, rosters, jdbc, SUNDAY, BERLIN);
        long campId = camp.campId();
        CampRoster before = rosters.roster(campId);
        // Someone with two shifts on Sunday; the clock stands a quarter of an hour into the first.
        var sunday = before.shiftsOn(SUNDAY).stream().sorted(java.util.Comparator.comparing(RosterShift::start))
                .toList();
        var first = sunday.stream().flatMap(s1 -> s1.seats().stream().filter(seat -> seat.participantId() != null)
                        .filter(seat -> sunday.stream().anyMatch(s2 -> !s2.start().isBefore(s1.end())
                                && holds(s2, seat.participantId())))
                        .map(seat -> Map.entry(s1, seat.participantId())))
                .findFirst().orElseThrow();
        long absent = first.getValue();
        var now = first.getKey().start().plusMinutes(15);
        var nowInstant = SUNDAY.atTime(now).atZone(BERLIN).toInstant();
        assertThat(nowInstant).as("winter time since 03:00 that night: UTC+1")
                .isEqualTo(SUNDAY.atTime(now).toInstant(java.time.ZoneOffset.ofHours(1)));
        var windowStart = SUNDAY.atTime(now);
        var windowEnd = SUNDAY.plusDays(2).atStartOfDay();
        var running = sunday.stream().filter(s -> !s.start().isAfter(now) && s.end().isAfter(now)).toList();
        var runningOfTheirs = running.stream().filter(s -> holds(s, absent)).toList();
        String account = account(Role.PARTICIPANT, absent);
        var service = at(nowInstant);

        var said = SignIn.as(account, Role.PARTICIPANT, () -> service.say(absent, SUNDAY, "Migraine"));

        assertThat(said.outcome()).isEqualTo(Outcome.REPLANNING);
        assertThat(said.started()).as("the shift under way stays theirs")
                .extracting(StartedShift::shiftId)
                .containsExactlyElementsOf(runningOfTheirs.stream().map(RosterShift::shiftId).toList());
        var job = jdbc.sql("select frozen_before, frozen_after from solve_job where id = ?").param(said.replanJobId())
                .query((rs, row) -> new LocalDateTime[] {rs.getObject(1, LocalDateTime.class),
                        rs.getObject(2, LocalDateTime.class)}).single();
        assertThat(job).as("from now in Berlin's winter time (not UTC, not summer time) to the end of Monday")
                .containsExactly(windowStart, windowEnd);
        var away = store.find(absent, SUNDAY).orElseThrow();
        assertThat(away.awayFrom()).as("away once their running shift ends")
                .isEqualTo(SUNDAY.atTime(runningOfTheirs.stream().map(RosterShift::end).max(LocalTime::compareTo)
                        .orElse(now)));

        // While that re-plan runs, another "not today" is refused plainly and writes nothing.
        long other = before.stays().stream().filter(s -> s.participantId() != absent
                && !s.arrivesOn().isAfter(SUNDAY) && !s.departsOn().isBefore(SUNDAY))
                .map(s -> s.participantId()).findFirst().orElseThrow();
        int unavailableBefore = unavailability(other);
        assertThatThrownBy(() -> SignIn.as("organizer", Role.ORGANIZER, () -> service.say(other, SUNDAY, null)))
                .isInstanceOf(SolveAlreadyRunningException.class);
        assertThat(store.find(other, SUNDAY)).isEmpty();
        assertThat(unavailability(other)).isEqualTo(unavailableBefore);

        SolvedCamps.awaitSolved(rosters, campId, Duration.ofSeconds(240));
        CampRoster after = rosters.roster(campId);
        var beforeSeats = seats(before);
        var afterSeats = seats(after);
        var shifts = new HashMap<Long, RosterShift>();
        before.shifts().forEach(s -> shifts.put(s.shiftId(), s));
        beforeSeats.forEach((seat, who) -> {
            if (!java.util.Objects.equals(who, afterSeats.get(seat))) {
                assertThat(inWindow(shifts.get(Long.parseLong(seat.split("/")[0])), windowStart, windowEnd))
                        .as("seat %s changed outside the window", seat).isTrue();
            }
        });
        assertThat(after.shifts()).filteredOn(s -> inWindow(s, windowStart, SUNDAY.plusDays(1).atStartOfDay()))
                .as("no seat of theirs in the rest of Sunday (Monday is theirs to work again)")
                .noneMatch(s -> holds(s, absent));
        assertThat(after.shifts()).filteredOn(s -> runningOfTheirs.stream().anyMatch(r -> r.shiftId() == s.shiftId()))
                .as("the shift under way is theirs still").allMatch(s -> holds(s, absent));
        assertThat(after.stays()).as("everyone keeps their bed").isEqualTo(before.stays());
        assertThat(rosters.changesSincePublication(campId)).filteredOn(c -> c.kind() == RosterChange.Kind.SEAT)
                .isNotEmpty()
                .allMatch(c -> !c.day().atTime(c.start()).isBefore(windowStart)
                        && c.day().atTime(c.start()).isBefore(windowEnd));

        assertThat(SignIn.as(account, Role.PARTICIPANT, () -> service.say(absent, SUNDAY, null)).outcome())
                .as("a second time").isEqualTo(Outcome.ALREADY_SAID);
        assertThat(jdbc.sql("select count(*) from solve_job where camp_id = ? and finished_at is null").param(campId)
                .query(Long.class).single()).as("and no new re-plan").isZero();

        var board = SignIn.as("organizer", Role.ORGANIZER,
                () -> new TodayService(todayStore, access, accounts, Clock.fixed(nowInstant, BERLIN)).board(campId));
        assertThat(board.notToday()).singleElement().satisfies(entry -> {
            assertThat(entry.participantId()).isEqualTo(absent);
            assertThat(entry.note()).isEqualTo("Migraine");
            assertThat(entry.byOrganizer()).isFalse();
        });
        long village = jdbc.sql("select village_id from camp_host_village where camp_id = ?").param(campId)
                .query(Long.class).single();
        String host = "h" + UUID.randomUUID().toString().substring(0, 12);
        SignIn.asTheApp(() -> accounts.create(host, "a-long-password", Role.HOST, null, village));
        var hostsBoard = SignIn.as(host, Role.HOST,
                () -> new TodayService(todayStore, access, accounts, Clock.fixed(nowInstant, BERLIN)).board(campId));
        assertThat(hostsBoard.notToday()).singleElement().satisfies(entry -> assertThat(entry.note())
                .as("notes are for organizers").isNull());
    }

    @Test
    void onlyOrganizersOfTheCampChooseAutomaticPublication() {
        var camp = CampOnDay.imported(importer, jdbc, SUNDAY, BERLIN);
        var service = at(SUNDAY_MORNING);
        assertThat(SignIn.as("organizer", Role.ORGANIZER, () -> service.publishesAlone(camp.campId()))).isFalse();
        SignIn.as("organizer", Role.ORGANIZER, () -> service.publishAlone(camp.campId(), true));
        assertThat(SignIn.as("organizer", Role.ORGANIZER, () -> service.publishesAlone(camp.campId()))).isTrue();
        String participant = account(Role.PARTICIPANT, camp.participant(jdbc, "Kuma"));
        assertThatThrownBy(() -> SignIn.as(participant, Role.PARTICIPANT,
                () -> service.publishAlone(camp.campId(), false))).isInstanceOf(AccessDeniedException.class);
    }

    private static boolean inWindow(RosterShift shift, LocalDateTime from, LocalDateTime until) {
        var start = shift.day().atTime(shift.start());
        return !start.isBefore(from) && start.isBefore(until);
    }

    private static boolean holds(RosterShift shift, long participantId) {
        return shift.seats().stream().anyMatch(seat -> Long.valueOf(participantId).equals(seat.participantId()));
    }

    private static Map<String, Long> seats(CampRoster roster) {
        var seats = new HashMap<String, Long>();
        roster.shifts().forEach(s -> s.seats().forEach(seat -> seats.put(s.shiftId() + "/" + seat.seat(),
                seat.participantId())));
        return seats;
    }

    private long rows(long campId) {
        return jdbc.sql("select count(*) from not_today n join participant p on p.id = n.participant_id "
                + "where p.camp_id = ?").param(campId).query(Long.class).single();
    }

    private int unavailability(long participantId) {
        return jdbc.sql("select count(*) from participant_unavailability where participant_id = ?")
                .param(participantId).query(Integer.class).single();
    }

    private NotTodayService at(Instant now) {
        return new NotTodayService(store, access, accounts, participants, rosters, transaction,
                Clock.fixed(now, BERLIN), events);
    }

    private String account(Role role, long participantId) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 12);
        SignIn.asTheApp(() -> accounts.create(username, "a-long-password", role, participantId, null));
        return username;
    }
}
