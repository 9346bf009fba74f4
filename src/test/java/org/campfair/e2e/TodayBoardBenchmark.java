package org.campfair.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.campfair.campday.TodayBoard;
import org.campfair.campday.TodayService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.importing.generator.CampGenerator;
import org.campfair.importing.generator.CampSize;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast today's board of the L camp (750 participants, 14 days) is built and drawn: the
 * camp is generated, moved so that its third day is today and it is 10:30 there, and published by filling each
 * shift's required seats in turn with people present that day (no solve: the board reads a
 * publication, not how good it is) and giving everyone a bed; a third of today's seats are
 * checked in. Prints the time to build the board's data (the service alone) and the first
 * screen in headless Chromium at 390×844, from navigation until its last section is painted:
 * measured in the page ({@link PageTimings}, the figure to compare with the target) and around
 * it from the test, with where the median load spent its time. Asserts nothing about time; runs
 * only with {@code ./mvnw -Pbench verify -Dtest=TodayBoardBenchmark}, in production mode (as a
 * server runs the app) with {@code -Dbench.production=true}.
 */
@CampfairIntegrationTest
class TodayBoardBenchmark {

    private static final int RUNS = 7;

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    TodayService today;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    void firstScreenOfTheLargeCampsBoard() {
        Path folder = Path.of("target/bench/camps/L-seed1-today");
        CampGenerator.generate(CampSize.L, 1).writeTo(folder);
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.directory(folder)));
        int seats = publishAsOfTheThirdDay(jdbc, campId, 10 * 60 + 30);

        List<Long> data = new ArrayList<>();
        TodayBoard board = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            board = SignIn.as("organizer", Role.ORGANIZER, () -> today.board(campId));
            data.add((System.nanoTime() - start) / 1_000);
        }

        String boardShown = "//h2[normalize-space(.)='Sleeping in each house tonight']";
        String accountShown = "//h1[normalize-space(.)='My account']";
        ChromeDriver browser = Browser.start(390, 844);
        List<Long> firstScreen = new ArrayList<>();
        List<Long> framePage = new ArrayList<>();
        List<PageTimings.Load> loads = new ArrayList<>();
        String resources;
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            PhoneChecks.signIn(browser, wait, "http://localhost:" + port + "/login", "organizer", "demo");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
            PageTimings.watch(browser, List.of(boardShown, accountShown));
            for (int run = 0; run < RUNS; run++) {
                browser.get("about:blank");
                long start = System.nanoTime();
                browser.get("http://localhost:" + port + "/camps/" + campId + "/today");
                var load = PageTimings.await(browser, boardShown, Duration.ofSeconds(60));
                firstScreen.add((System.nanoTime() - start) / 1_000_000);
                loads.add(load);
                // A small page (My account) loaded the same way: what the app's frame alone costs here.
                browser.get("about:blank");
                start = System.nanoTime();
                browser.get("http://localhost:" + port + "/me/account");
                PageTimings.await(browser, accountShown, Duration.ofSeconds(60));
                framePage.add((System.nanoTime() - start) / 1_000_000);
            }
            browser.get("about:blank");
            browser.get("http://localhost:" + port + "/camps/" + campId + "/today");
            PageTimings.await(browser, boardShown, Duration.ofSeconds(60));
            resources = PageTimings.resources(browser);
        } finally {
            browser.quit();
        }
        var painted = loads.stream().map(l -> Math.round(l.painted())).toList();
        var middle = loads.stream().sorted(java.util.Comparator.comparingDouble(PageTimings.Load::painted)).toList()
                .get(loads.size() / 2);
        System.out.printf("BENCH-TODAY size=L mode=%s participants=750 published_seats=%d current_shifts=%d next_shifts=%d "
                + "unfilled=%d arrivals=%d departures=%d houses=%d data_ms_median=%.1f data_ms=%s "
                + "first_screen_ms_median=%d first_screen_ms=%s painted_in_page_ms_median=%d painted_in_page_ms=%s "
                + "account_page_ms_median=%d load=%s%n",
                environment.getProperty("vaadin.productionMode", Boolean.class, false) ? "production" : "development", seats, board.current().size(),
                board.next().size(), board.unfilled().size(), board.arrivals().size(), board.departures().size(),
                board.houses().size(), median(data) / 1000.0, data.stream().map(us -> us / 1000).toList(),
                median(firstScreen), firstScreen, median(painted), painted, median(framePage),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("BENCH-TODAY-PHASES median run, ms from navigation start: " + middle.phases());
        System.out.println("BENCH-TODAY-RESOURCES last load:\n" + resources);
    }

    /**
     * Moves the camp so that its third day is today in its zone, where the clock shows
     * {@code localMinutes} after midnight now, publishes each shift's required seats filled in
     * turn by the people present that day, a bed for everyone, and check-ins for a third of
     * today's seats. Returns the number of published seats. Also sets up the check-in benchmark.
     */
    static int publishAsOfTheThirdDay(JdbcClient jdbc, long campId, int localMinutes) {
        // A zone where the local time is as asked now (mid-morning: the morning's shifts are running).
        var now = java.time.Instant.now();
        var utc = now.atZone(java.time.ZoneOffset.UTC);
        int minutes = localMinutes - (utc.getHour() * 60 + utc.getMinute());
        minutes = minutes > 14 * 60 ? minutes - 24 * 60 : minutes < -12 * 60 ? minutes + 24 * 60 : minutes;
        var zone = java.time.ZoneOffset.ofTotalSeconds(minutes * 60);
        jdbc.sql("update camp set time_zone = ? where id = ?").params(zone.getId(), campId).update();
        var camp = jdbc.sql("select starts_on, time_zone from camp where id = ?").param(campId)
                .query((rs, row) -> new Object[] {rs.getObject(1, LocalDate.class), ZoneId.of(rs.getString(2))}).single();
        LocalDate todayThere = LocalDate.now((ZoneId) camp[1]);
        int shift = (int) (todayThere.toEpochDay() - ((LocalDate) camp[0]).plusDays(2).toEpochDay());
        jdbc.sql("update camp set starts_on = starts_on + ?, ends_on = ends_on + ? where id = ?")
                .params(shift, shift, campId).update();
        jdbc.sql("update shift set day = day + ? where task_id in (select id from task where camp_id = ?)")
                .params(shift, campId).update();
        jdbc.sql("update participant set arrives_on = arrives_on + ?, departs_on = departs_on + ? where camp_id = ?")
                .params(shift, shift, campId).update();
        long publication = jdbc.sql("insert into publication (camp_id, score) values (?, '0hard/0medium/0soft') returning id")
                .param(campId).query(Long.class).single();
        // Each day's seats go round that day's people in order, so everyone works about as often.
        int seats = jdbc.sql("""
                insert into published_seat (publication_id, shift_id, seat, participant_id)
                select :publication, s.shift_id, s.seat, p.id
                from (select sh.id as shift_id, sh.day, g.seat,
                             row_number() over (partition by sh.day order by sh.start_time, sh.id, g.seat) - 1 as n
                      from shift sh join task t on t.id = sh.task_id
                      cross join lateral generate_series(0, sh.min_headcount - 1) as g(seat)
                      where t.camp_id = :camp) s
                join lateral (select pp.id from participant pp
                              where pp.camp_id = :camp and pp.arrives_on <= s.day and s.day <= pp.departs_on
                              order by pp.id
                              offset (s.n % greatest(1, (select count(*) from participant q where q.camp_id = :camp
                                  and q.arrives_on <= s.day and s.day <= q.departs_on))) limit 1) p on true""")
                .param("publication", publication).param("camp", campId).update();
        jdbc.sql("""
                insert into published_bed (publication_id, participant_id, bed_id)
                select :publication, p.id, b.id
                from (select id, row_number() over (order by id) as n from participant where camp_id = :camp) p
                join (select b.id, row_number() over (order by b.id) as n from bed b join room r on r.id = b.room_id
                      join house h on h.id = r.house_id where h.camp_id = :camp) b on b.n = p.n""")
                .param("publication", publication).param("camp", campId).update();
        jdbc.sql("""
                insert into seat_check_in (shift_id, seat, participant_id, state, confirmed_minutes, marked_at, version)
                select ps.shift_id, ps.seat, ps.participant_id, 'CAME', 60, now(), 1
                from published_seat ps join shift s on s.id = ps.shift_id
                where ps.publication_id = ? and s.day = ? and ps.seat % 3 = 0""")
                .params(publication, todayThere).update();
        return seats;
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
