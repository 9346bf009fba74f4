package org.campfair.selfservice;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.importing.generator.CampGenerator;
import org.campfair.importing.generator.CampSize;
import org.campfair.roster.ParticipantSeats;
import org.campfair.roster.RosterService;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Self-service on the generator's L camp (750 people, 14 days, seed 1), published with each
 * shift's required seats filled in turn by people present that day (one shift a day each; no
 * solve: self-service reads what was published). Prints, asserting nothing:
 * <ul>
 * <li>listing one participant's open seats ({@link OpenSeatService#openSeats}), 50 calls after 5
 *     to warm up: p50 and p99 (target under 300 ms); then the take dialog's preview of the
 *     first 20 of them ({@link OpenSeatService#preview}), one after the other;
 * <li>100 participants taking one of 20 contested open seats at the same moment (20 shifts with
 *     one free seat each, five eligible takers per shift, released together by a latch): how many
 *     succeeded (exactly 20 expected), the refusals by reason, p50 and p99; once on a cold
 *     server ({@code rush=cold}), then, after {@code bench.warmups} rounds of 20 uncontested
 *     takes, on a warm one ({@code rush=warm});
 * <li>then 20 give-aways and 20 swaps ({@code accepts=GIVE}, {@code accepts=SWAP}): each offered by
 *     someone holding a seat and accepted by someone the offer is listed for, all accepts of a kind
 *     at once, each on an offer of its own: the outcomes, p50 and p99 ({@link AcceptRounds}).
 * </ul>
 * Runs only with {@code ./mvnw -Pbench verify -Dtest=SelfServiceBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
    "campfair.embedded-db.data-dir=",
    "campfair.data-dir=target/bench-data",
    "campfair.sample-camp.load=false",
    "spring.main.banner-mode=off",
    "logging.level.root=WARN",
})
class SelfServiceBenchmark {

    private static final int WARM_UP = 5;
    private static final int LISTINGS = 50;
    private static final int CONTESTED = 20;
    private static final int TAKERS_PER_SEAT = 5;
    /**
     * Rounds of 20 uncontested takes (one taker per shift) between the cold rush and the warm one
     * ({@code -Dbench.warmups}): a camp's server that has served takes before. Each round uses 20
     * shifts and 20 people of its own, so the warm rush still has five takers for each seat.
     */
    private static final int WARM_UPS = Integer.getInteger("bench.warmups", 3);
    /** The cold rush, the warm-up rounds, the warm rush. */
    private static final int ROUNDS = WARM_UPS + 2;

    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    OpenSeatService openSeats;
    @Autowired
    ParticipantSeats participantSeats;
    @Autowired
    SeatOfferService seatOffers;
    @Autowired
    JdbcClient jdbc;

    record ShiftRow(long id, LocalDate day, LocalTime start, int min, int max, boolean noSkills) {
    }

    record Person(long id, LocalDate arrives, LocalDate departs) {
    }

    @Test
    void openSeatsAndTheTakeRushOnTheLargeCamp() throws Exception {
        Path folder = Path.of("target/bench/camps/L-seed1-self-service");
        CampGenerator.generate(CampSize.L, 1).writeTo(folder);
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.directory(folder)));
        var contested = publishWithRequiredSeats(campId);
        double loadBefore = load();

        // Listing: someone with shifts, as on their phone.
        long someone = jdbc.sql("""
                select a.participant_id from seat_assignment a join shift s on s.id = a.shift_id
                join task t on t.id = s.task_id where t.camp_id = ? and a.participant_id is not null
                order by a.participant_id limit 1""").param(campId).query(Long.class).single();
        int offered = 0;
        var listing = new ArrayList<Long>();
        for (int call = 0; call < WARM_UP + LISTINGS; call++) {
            long start = System.nanoTime();
            offered = SignIn.asTheApp(() -> openSeats.openSeats(someone)).seats().seats().size();
            if (call >= WARM_UP) {
                listing.add(System.nanoTime() - start);
            }
        }
        // What taking each of the first 20 seats listed would do, as the take dialog shows it.
        var previews = new ArrayList<Long>();
        var listed = SignIn.asTheApp(() -> openSeats.openSeats(someone)).seats().seats();
        for (var seat : listed.subList(0, Math.min(CONTESTED, listed.size()))) {
            long start = System.nanoTime();
            try {
                SignIn.asTheApp(() -> openSeats.preview(someone, seat.shiftId(), Locale.ENGLISH));
            } catch (RefusedChangeException aboveTheCap) {
                // Timed all the same: the dialog shows the refusal.
            }
            previews.add(System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "BENCH-SELF-SERVICE size=L previews=%d preview_p50_ms=%.1f preview_p99_ms=%.1f "
                + "load=%.2f%n", previews.size(), percentile(previews, 50), percentile(previews, 99), load());

        // The rushes: five takers per contested seat, each eligible for it by the rules and the
        // cap; each round on its own 20 shifts. The first rush runs on a server that has taken no
        // seat yet (cold: classes loaded and code compiled as it goes), the last on a warm one.
        var people = jdbc.sql("select id from participant where camp_id = ? order by id").param(campId)
                .query(Long.class).list();
        var used = new HashSet<Long>();
        for (int round = 0; round < ROUNDS; round++) {
            var shifts = new HashSet<>(contested.subList(round * CONTESTED, (round + 1) * CONTESTED));
            boolean rush = round == 0 || round == ROUNDS - 1;
            var result = rush(campId, people, used, shifts, rush ? TAKERS_PER_SEAT : 1);
            System.out.printf(Locale.ROOT, "BENCH-SELF-SERVICE size=L %s participants=%d open_seats_listed=%d "
                            + "list_p50_ms=%.1f list_p99_ms=%.1f takers=%d contested_seats=%d successes=%d "
                            + "refusals=%s take_p50_ms=%.1f take_p99_ms=%.1f take_wall_s=%.2f "
                            + "contested_shifts_full=%s load_before=%.2f load_after=%.2f cores=%d%n",
                    round == 0 ? "rush=cold" : rush ? "rush=warm warmups=" + WARM_UPS : "warmup=" + round,
                    people.size(), offered, percentile(listing, 50), percentile(listing, 99),
                    result.takers(), shifts.size(), result.outcomes().getOrDefault("taken", 0),
                    new TreeMap<>(result.outcomes()), percentile(result.times(), 50), percentile(result.times(), 99),
                    result.wallNanos() / 1e9, result.full(), loadBefore, load(),
                    Runtime.getRuntime().availableProcessors());
            loadBefore = load();
        }

        // Give-aways, then swaps: 20 offers each, every accept on an offer of its own, released at once.
        var accepts = new AcceptRounds(seatOffers, jdbc);
        for (var kind : SeatOffer.Kind.values()) {
            var round = accepts.run(campId, kind, CONTESTED, 3, used);
            System.out.printf(Locale.ROOT, "BENCH-SELF-SERVICE size=L accepts=%s pairs=%d outcomes=%s "
                            + "accept_p50_ms=%.1f accept_p99_ms=%.1f accept_wall_s=%.2f load_before=%.2f "
                            + "load_after=%.2f cores=%d%n",
                    kind, round.pairs(), new TreeMap<>(round.outcomes()), percentile(round.times(), 50),
                    percentile(round.times(), 99), round.wallNanos() / 1e9, loadBefore, load(),
                    Runtime.getRuntime().availableProcessors());
            loadBefore = load();
        }
    }

    record Rush(int takers, Map<String, Integer> outcomes, List<Long> times, long wallNanos, boolean full) {
    }

    /** {@code perSeat} takers for each of {@code contested}'s free seats, none of {@code used}, released at once. */
    private Rush rush(long campId, List<Long> people, java.util.Set<Long> used, java.util.Set<Long> contested,
            int perSeat) throws Exception {
        var takers = new ArrayList<long[]>();
        var perShift = new HashMap<Long, Integer>();
        for (long person : people) {
            if (takers.size() == CONTESTED * perSeat) {
                break;
            }
            if (used.contains(person)) {
                continue;
            }
            var mine = SignIn.asTheApp(() -> participantSeats.openSeats(person));
            for (var seat : mine.seats()) {
                if (contested.contains(seat.shiftId()) && perShift.getOrDefault(seat.shiftId(), 0) < perSeat
                        && seat.hoursPerDayAfter() <= seat.fairShareAfter() + 1.0) {
                    perShift.merge(seat.shiftId(), 1, Integer::sum);
                    takers.add(new long[] {person, seat.shiftId()});
                    used.add(person);
                    break;
                }
            }
        }
        var released = AtOnce.release(takers, "taken", taker -> openSeats.take(taker[0], taker[1]));
        int filled = jdbc.sql("""
                select count(*) from published_seat where publication_id = (select id from publication
                    where camp_id = ? order by published_at desc, id desc limit 1) and shift_id = any (?)""")
                .params(campId, contested.toArray(Long[]::new)).query(Integer.class).single();
        int expectedFilled = jdbc.sql("select sum(max_headcount) from shift where id = any (?)")
                .param(contested.toArray(Long[]::new)).query(Integer.class).single();
        return new Rush(takers.size(), released.outcomes(), released.times(), released.wallNanos(),
                filled == expectedFilled);
    }

    /**
     * Fills each shift's required seats with the people present that day, in turn, one shift a
     * day each, but leaves exactly one seat free on 20 later shifts per rush, of tasks that need
     * no skill; publishes. Returns those shifts, 20 for each rush in turn.
     */
    private List<Long> publishWithRequiredSeats(long campId) {
        var shifts = jdbc.sql("""
                select s.id, s.day, s.start_time, s.min_headcount, s.max_headcount, t.required_skills = '{}'
                from shift s join task t on t.id = s.task_id where t.camp_id = ? order by s.day, s.start_time, s.id""")
                .param(campId).query((rs, row) -> new ShiftRow(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalTime.class), rs.getInt(4), rs.getInt(5), rs.getBoolean(6)))
                .list();
        var people = jdbc.sql("select id, arrives_on, departs_on from participant where camp_id = ? order by id")
                .param(campId).query((rs, row) -> new Person(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class))).list();
        var contested = new java.util.LinkedHashSet<Long>();
        LocalDate from = shifts.getFirst().day().plusDays(3);
        // Every third such shift first (the first two rushes' as before), then the others.
        for (int pass = 0; pass < 2; pass++) {
            for (var shift : shifts) {
                if (contested.size() < CONTESTED * ROUNDS && shift.noSkills() && !shift.day().isBefore(from)
                        && shift.max() >= 2 && (shift.id() % 3 == 0) == (pass == 0)) {
                    contested.add(shift.id());
                }
            }
        }
        Map<LocalDate, java.util.Set<Long>> busy = new HashMap<>();
        int next = 0;
        var rows = new ArrayList<Object[]>();
        for (var shift : shifts) {
            int wanted = contested.contains(shift.id()) ? shift.max() - 1 : shift.min();
            var today = busy.computeIfAbsent(shift.day(), day -> new HashSet<>());
            for (int seat = 0, tried = 0; seat < wanted && tried < people.size(); tried++) {
                var person = people.get(next++ % people.size());
                if (person.arrives().isAfter(shift.day()) || person.departs().isBefore(shift.day())
                        || !today.add(person.id())) {
                    continue;
                }
                rows.add(new Object[] {shift.id(), seat++, person.id()});
            }
        }
        for (var row : rows) {
            jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, ?, ?)").params(row)
                    .update();
        }
        jdbc.sql("""
                insert into roster_result (camp_id, score, feasible, solved_at) values (?, '0hard/0medium/0soft', true, now())
                on conflict (camp_id) do nothing""").param(campId).update();
        SignIn.asTheApp(() -> rosters.publish(campId));
        return List.copyOf(contested);
    }

    private static double percentile(List<Long> nanos, int percent) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        var sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.clamp(index, 0, sorted.size() - 1)) / 1e6;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
