package org.campfair.campday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.roster.CampRoster;
import org.campfair.roster.RosterSeat;
import org.campfair.roster.RosterService;
import org.campfair.roster.RosterShift;
import org.campfair.roster.SolvedCamps;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A running camp re-planned from now on the real database and solver: the sample camp, solved
 * and published, moved in time so that today is its sixth day, with five new one-seat shifts
 * in the days ahead for the re-plan to hand out. The same re-plan runs twice, once as planned
 * and once after one person's past seat was confirmed three hours longer than planned; that
 * person must get fewer of the new hours the second time.
 */
@CampfairIntegrationTest
class ConfirmedHoursReplanTest {

    private static final Duration SOLVE_WAIT = Duration.ofSeconds(180);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    CheckInService checkIns;
    @Autowired
    JdbcClient jdbc;

    @Test
    void whoeverWorkedLongerThanPlannedGetsFewerOfTheHoursAhead() {
        long campId = importer.importCamp(CampFiles.classpath("sample-data"));
        rosters.solve(campId);
        SolvedCamps.awaitSolved(rosters, campId, SOLVE_WAIT);
        rosters.publish(campId);
        moveSoThatTodayIsTheSixthDay(campId);
        Set<Long> newShifts = addShiftsAhead(campId);
        LocalDateTime now = LocalDateTime.now(TOKYO);

        rosters.solve(campId);
        SolvedCamps.awaitSolved(rosters, campId, SOLVE_WAIT);
        var asPlanned = rosters.roster(campId);
        // The one who took most of the new seats, among those with a seat already worked.
        long subject = holdersOf(asPlanned, newShifts).entrySet().stream()
                .filter(held -> pastSeat(asPlanned, held.getKey(), now) != null)
                .max(Map.Entry.<Long, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        long hoursAheadAsPlanned = minutesAhead(asPlanned, subject, now);
        assertThat(hoursAheadAsPlanned).isPositive();

        // The same re-plan again, from the same roster, after a check-in of three hours more.
        jdbc.sql("delete from seat_assignment where shift_id in (:ids)").param("ids", newShifts).update();
        var worked = Objects.requireNonNull(pastSeat(asPlanned, subject, now));
        long planned = ChronoUnit.MINUTES.between(worked.shift().start(), worked.shift().end());
        SignIn.as("organizer", Role.ORGANIZER, () -> checkIns.mark(campId, worked.shift().shiftId(),
                worked.seat().seat(), CheckInState.CAME, (int) planned + 180, 0));
        rosters.solve(campId);
        SolvedCamps.awaitSolved(rosters, campId, SOLVE_WAIT);
        var confirmed = rosters.roster(campId);

        assertThat(minutesAhead(confirmed, subject, now)).isLessThan(hoursAheadAsPlanned);
        assertThat(confirmed.shifts()).filteredOn(s -> s.day().atTime(s.start()).isBefore(now))
                .as("the past is kept").isEqualTo(asPlanned.shifts().stream()
                        .filter(s -> s.day().atTime(s.start()).isBefore(now)).toList());
    }

    /** Every date of the camp moves by the same number of days; the roster and publication follow by id. */
    private void moveSoThatTodayIsTheSixthDay(long campId) {
        LocalDate startsOn = jdbc.sql("select starts_on from camp where id = ?").param(campId)
                .query(LocalDate.class).single();
        int days = (int) ChronoUnit.DAYS.between(startsOn.plusDays(5), LocalDate.now(TOKYO));
        jdbc.sql("update camp set starts_on = starts_on + :d, ends_on = ends_on + :d where id = :c")
                .param("d", days).param("c", campId).update();
        jdbc.sql("""
                update shift set day = day + :d where task_id in (select id from task where camp_id = :c)""")
                .param("d", days).param("c", campId).update();
        jdbc.sql("""
                update participant set arrives_on = arrives_on + :d, departs_on = departs_on + :d
                where camp_id = :c""").param("d", days).param("c", campId).update();
        jdbc.sql("""
                update participant_unavailability set starts_at = starts_at + make_interval(days => :d),
                    ends_at = ends_at + make_interval(days => :d)
                where participant_id in (select id from participant where camp_id = :c)""")
                .param("d", days).param("c", campId).update();
    }

    /** One three-hour evening seat of light packing work on each of the next five days. */
    private Set<Long> addShiftsAhead(long campId) {
        long task = jdbc.sql("select id from task where camp_id = ? and name = 'Sorting and packing'")
                .param(campId).query(Long.class).single();
        return java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(day -> jdbc.sql("""
                        insert into shift (task_id, day, start_time, end_time, min_headcount, max_headcount)
                        values (?, ?, '18:00', '21:00', 1, 1) returning id""")
                        .params(task, LocalDate.now(TOKYO).plusDays(day)).query(Long.class).single())
                .collect(Collectors.toSet());
    }

    private static Map<Long, Long> holdersOf(CampRoster roster, Set<Long> shifts) {
        return roster.shifts().stream().filter(s -> shifts.contains(s.shiftId()))
                .flatMap(s -> s.seats().stream()).filter(RosterSeat::isFilled)
                .collect(Collectors.groupingBy(RosterSeat::participantId, Collectors.counting()));
    }

    private record HeldSeat(RosterShift shift, RosterSeat seat) {
    }

    /** A seat the participant held on a shift that ended before now, the longest first. */
    private static HeldSeat pastSeat(CampRoster roster, long participantId, LocalDateTime now) {
        return roster.shifts().stream().filter(s -> s.day().atTime(s.end()).isBefore(now))
                .flatMap(s -> s.seats().stream().filter(seat -> Long.valueOf(participantId).equals(seat.participantId()))
                        .map(seat -> new HeldSeat(s, seat)))
                .max(Comparator.comparing(held -> held.shift().day())).orElse(null);
    }

    private static long minutesAhead(CampRoster roster, long participantId, LocalDateTime now) {
        return roster.shifts().stream().filter(s -> !s.day().atTime(s.start()).isBefore(now))
                .filter(s -> s.seats().stream().anyMatch(seat -> Long.valueOf(participantId).equals(seat.participantId())))
                .mapToLong(s -> ChronoUnit.MINUTES.between(s.start(), s.end())).sum();
    }
}
