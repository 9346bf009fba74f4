package org.campfair.roster.benchmark;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.campfair.campday.NotTodayAt;
import org.campfair.importing.CampImportService;
import org.campfair.importing.generator.CampSize;
import org.campfair.roster.CampRoster;
import org.campfair.roster.RosterService;
import org.campfair.roster.RosterShift;
import org.campfair.roster.SolveState;
import org.campfair.roster.internal.RosterProblemLoader;
import org.campfair.roster.internal.RosterStore;
import org.campfair.roster.model.Roster;
import org.campfair.roster.solver.RosterSolverConfig;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A same-day absence on the L camp (750 participants, 14 days): the camp is generated and
 * published with the greedy baseline roster (solving the whole camp first would take minutes
 * and tell nothing about the re-plan), the clock stands at 10:30 on its third day in its own
 * zone, and someone with seats later that day says "not today". Prints the time from saying
 * it until the re-planned roster is saved (target under 5 s), the solve job's own time, and
 * how many seats changed inside and outside the window (rest of that day and the next: all
 * changes must lie inside), and what reading the problem and saving the roster cost of the
 * job's time. Asserts nothing; runs only with
 * {@code ./mvnw -Pbench verify -Dtest=AbsenceReplanBenchmark}; add
 * {@code -Dlogging.level.ai.timefold.solver=INFO -Dlogging.level.org.campfair.roster.internal.SolveRunner=INFO}
 * for the job's parts (loading, Timefold's set-up and phases, measuring the camp, saving).
 */
@BenchmarkContext
class AbsenceReplanBenchmark {

    @Autowired
    CampImportService importer;
    @Autowired
    RosterProblemLoader loader;
    @Autowired
    RosterStore store;
    @Autowired
    RosterService rosters;
    @Autowired
    ApplicationContext app;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void sameDayAbsenceOnTheLargeCamp() throws InterruptedException {
        long campId = BenchCamps.importGenerated(importer, CampSize.L, 1);
        Roster greedy = loader.load(campId);
        GreedyRoster.assign(greedy);
        SolutionManager.create(SolverFactory.<Roster>create(RosterSolverConfig.create())).update(greedy);
        transaction.executeWithoutResult(status -> store.save(greedy, java.time.Instant.now()));
        SignIn.asTheApp(() -> rosters.publish(campId));

        var camp = jdbc.sql("select starts_on, time_zone from camp where id = ?").param(campId)
                .query((rs, row) -> new Object[] {rs.getObject(1, LocalDate.class), ZoneId.of(rs.getString(2))})
                .single();
        LocalDate day = ((LocalDate) camp[0]).plusDays(2);
        ZoneId zone = (ZoneId) camp[1];
        var now = day.atTime(10, 30);
        var windowEnd = day.plusDays(2).atStartOfDay();
        CampRoster before = rosters.roster(campId);
        long absent = before.shiftsOn(day).stream().filter(s -> s.start().isAfter(LocalTime.of(10, 30)))
                .flatMap(s -> s.seats().stream()).map(seat -> seat.participantId()).filter(Objects::nonNull)
                .findFirst().orElseThrow();
        var notToday = NotTodayAt.clock(app, Clock.fixed(now.atZone(zone).toInstant(), zone));

        long start = System.nanoTime();
        var said = SignIn.asTheApp(() -> notToday.say(absent, day, "benchmark"));
        long queuedNanos = System.nanoTime() - start;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (jdbc.sql("select finished_at is null from solve_job where id = ?").param(said.replanJobId())
                .query(Boolean.class).single() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long resultNanos = System.nanoTime() - start;
        double jobSeconds = jdbc.sql("select extract(epoch from finished_at - started_at) from solve_job where id = ?")
                .param(said.replanJobId()).query(Double.class).single();
        while (rosters.status(campId).state() != SolveState.NOT_SOLVING) {
            Thread.sleep(20);
        }

        CampRoster after = rosters.roster(campId);
        Map<Long, RosterShift> shifts = new HashMap<>();
        before.shifts().forEach(s -> shifts.put(s.shiftId(), s));
        var afterSeats = seats(after);
        int inside = 0;
        int outside = 0;
        for (var seat : seats(before).entrySet()) {
            if (!Objects.equals(seat.getValue(), afterSeats.get(seat.getKey()))) {
                var shift = shifts.get(Long.parseLong(seat.getKey().split("/")[0]));
                LocalDateTime shiftStart = shift.day().atTime(shift.start());
                if (!shiftStart.isBefore(now) && shiftStart.isBefore(windowEnd)) {
                    inside++;
                } else {
                    outside++;
                }
            }
        }
        long stillTheirs = after.shiftsOn(day).stream().filter(s -> s.start().isAfter(LocalTime.of(10, 30)))
                .filter(s -> s.seats().stream().anyMatch(seat -> Long.valueOf(absent).equals(seat.participantId())))
                .count();
        long windowSeats = before.shifts().stream().filter(s -> {
            var shiftStart = s.day().atTime(s.start());
            return !shiftStart.isBefore(now) && shiftStart.isBefore(windowEnd);
        }).mapToLong(s -> s.seats().size()).sum();
        String score = rosters.status(campId).score();
        // Where a job's time goes besides solving: reading the window's (and the camp's) problem and
        // saving the window's seats, as the job does.
        long loadStart = System.nanoTime();
        Roster problem = transaction.execute(status -> loader.loadWindow(campId, now, windowEnd)).window();
        long loadNanos = System.nanoTime() - loadStart;
        long saveStart = System.nanoTime();
        transaction.executeWithoutResult(status -> store.saveAssignments(problem));
        long saveNanos = System.nanoTime() - saveStart;
        System.out.printf(Locale.ROOT, "BENCH-ABSENCE size=L participants=%d seats=%d window_seats=%d "
                        + "said_ms=%.0f result_s=%.2f job_s=%.2f load_problem_s=%.2f save_roster_s=%.2f "
                        + "changed_inside=%d changed_outside=%d "
                        + "absent_seats_left_that_day=%d score=%s load=%.2f cores=%d%n",
                before.stays().size(), seats(before).size(), windowSeats, queuedNanos / 1e6, resultNanos / 1e9,
                jobSeconds, loadNanos / 1e9, saveNanos / 1e9, inside, outside, stillTheirs, score,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static Map<String, Long> seats(CampRoster roster) {
        var seats = new HashMap<String, Long>();
        roster.shifts().forEach(s -> s.seats().forEach(seat -> seats.put(s.shiftId() + "/" + seat.seat(),
                seat.participantId())));
        return seats;
    }
}
