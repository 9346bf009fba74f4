package org.campfair.e2e;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.campfair.campday.CheckInService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.importing.generator.CampGenerator;
import org.campfair.importing.generator.CampSize;
import org.campfair.shared.security.ApiTokenService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The morning rush of check-ins on the L camp (750 participants, 14 days), published as in
 * {@link TodayBoardBenchmark} with its third day today and 18:00 there, so that every shift
 * of the first three days is open for marking: 750 seats marked over HTTP (the JSON API, an
 * organizer's API token) by 50 clients at once, paced to fit one minute (one request every
 * 80 ms overall, each client every 4 s). Seats nobody marked yet come first, then marked ones
 * corrected with the version they have. Prints p50, p99, the slowest, errors and the minute's
 * wall time; asserts nothing about time.
 *
 * <p>A second run takes the phone's path: another L camp at 10:30 on its third day, where
 * {@value #SCANS} participants with a seat on a running shift, each signed in with a session
 * of their own, open their shift's signed QR URL ({@code /scan/{shiftId}/{code}}) from 50
 * clients within a minute and are checked in by the page itself: each scan is the page and
 * Vaadin's first request after it ({@code ?v-r=init&location=scan/...}), timed together. Runs only with
 * {@code ./mvnw -Pbench verify -Dtest=CheckInBenchmark}.
 */
@CampfairIntegrationTest
class CheckInBenchmark {

    private static final int CHECK_INS = 750;
    private static final int CLIENTS = 50;
    /** Participants who scan in the QR run, at most. */
    private static final int SCANS = 300;
    private static final String SCANNER_PASSWORD = "a-long-password";
    /** What Vaadin's client tells the server about a 390×844 phone with its first request; then a window name. */
    private static final String PHONE_DETAILS = "&v-sw=390&v-sh=844&v-ww=390&v-wh=844&v-bw=390&v-bh=844&v-tzo=0"
            + "&v-rtzo=0&v-dstd=0&v-dston=false&v-tzid=UTC&v-td=true&v-pr=2&v-np=Linux&v-wn=scan-";

    @LocalServerPort
    int port;
    @Autowired
    CampImportService importer;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CheckInService checkIns;
    @Autowired
    PasswordEncoder passwords;

    private record OpenSeat(long shiftId, int seat, int version) {
    }

    /** A participant on a running shift with their signed-in session and their shift's QR path. */
    private record Scanner(String sessionCookie, String scanPath) {
    }

    @Test
    void sevenHundredFiftyCheckInsInAMinuteFromFiftyClients() throws Exception {
        Path folder = Path.of("target/bench/camps/L-seed1-check-in");
        CampGenerator.generate(CampSize.L, 1).writeTo(folder);
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.directory(folder)));
        TodayBoardBenchmark.publishAsOfTheThirdDay(jdbc, campId, 18 * 60);
        List<OpenSeat> seats = openSeats(campId);
        String bearer = "Bearer " + SignIn.as("organizer", Role.ORGANIZER,
                () -> tokens.create("check-in benchmark", null).secret());

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        var run = PacedRun.run(CHECK_INS, CLIENTS, (http, i) -> {
            OpenSeat seat = seats.get(i);
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/camps/"
                            + campId + "/shifts/" + seat.shiftId() + "/check-ins/" + seat.seat()))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"state\":\"CAME\",\"version\":" + seat.version() + "}"))
                    .build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new PacedRun.Outcome(response.statusCode(), response.body(), response.statusCode() == 200);
        });
        int marked = jdbc.sql("""
                select count(*) from seat_check_in c join shift s on s.id = c.shift_id join task t on t.id = s.task_id
                where t.camp_id = ? and c.version >= 1""").param(campId).query(Integer.class).single();
        System.out.printf("BENCH-CHECK-IN size=L participants=750 check_ins=%d clients=%d wall_s=%.1f p50_ms=%.1f "
                + "p99_ms=%.1f max_ms=%.1f errors=%d marked_rows=%d cores=%d load_before=%.1f load_after=%.1f%s%n",
                run.sortedLatencies().size(), CLIENTS, run.wallSeconds(), run.percentileMs(50), run.percentileMs(99),
                run.slowestMs(), run.errors(), marked, Runtime.getRuntime().availableProcessors(), loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), run.firstErrorsNote());
    }

    @Test
    void participantsScanTheirShiftsQrCodesWithinAMinute() throws Exception {
        Path folder = Path.of("target/bench/camps/L-seed2-scan");
        CampGenerator.generate(CampSize.L, 2).writeTo(folder);
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.directory(folder)));
        TodayBoardBenchmark.publishAsOfTheThirdDay(jdbc, campId, 10 * 60 + 30);
        List<Scanner> scanners = scanners(campId);

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        var run = PacedRun.run(scanners.size(), CLIENTS, (http, i) -> {
            Scanner scanner = scanners.get(i);
            // As the phone's browser: the page, then Vaadin's first request, which opens the
            // route, then the navigation with the page's security key, which checks in.
            var page = HttpRequest.newBuilder(URI.create(url(scanner.scanPath())))
                    .header("Cookie", scanner.sessionCookie()).GET().build();
            var init = HttpRequest.newBuilder(URI.create(url("/?v-r=init&location="
                            + java.net.URLEncoder.encode(scanner.scanPath().substring(1),
                                    java.nio.charset.StandardCharsets.UTF_8) + "&query=" + PHONE_DETAILS + i)))
                    .header("Cookie", scanner.sessionCookie()).GET().build();
            var response = http.send(page, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                response = http.send(init, HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() == 200) {
                response = http.send(navigate(scanner, response.body()), HttpResponse.BodyHandlers.ofString());
            }
            boolean thanked = response.statusCode() == 200 && response.body().contains(SCAN_DONE);
            return new PacedRun.Outcome(response.statusCode(), thanked ? "" : shown(response.body()), thanked);
        });
        int marked = jdbc.sql("""
                select count(*) from seat_check_in c join shift s on s.id = c.shift_id join task t on t.id = s.task_id
                join app_user u on u.id = c.marked_by and u.participant_id = c.participant_id
                where t.camp_id = ?""").param(campId).query(Integer.class).single();
        System.out.printf("BENCH-CHECK-IN-SCAN size=L participants=750 scans=%d clients=%d wall_s=%.1f p50_ms=%.1f "
                + "p99_ms=%.1f max_ms=%.1f errors=%d thanked=%d self_marked_rows=%d cores=%d load_before=%.1f "
                + "load_after=%.1f%s%n", run.sortedLatencies().size(), CLIENTS, run.wallSeconds(),
                run.percentileMs(50), run.percentileMs(99), run.slowestMs(), run.errors(), run.successes(), marked,
                Runtime.getRuntime().availableProcessors(), loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), run.firstErrorsNote());
    }

    /** What the scan page says on a check-in (English: the accounts' language), to count successes. */
    private static final String SCAN_DONE = "You are checked in";

    /**
     * Up to {@value #SCANS} participants, one seat each, on shifts whose QR code works now
     * (from 30 minutes before the start to the end) and not marked yet; each gets an account
     * (one shared password hash: bcrypt per account would only slow the set-up) and signs in
     * through the login form as a phone does, keeping the session cookie.
     */
    private List<Scanner> scanners(long campId) throws Exception {
        var zone = java.time.ZoneId.of(jdbc.sql("select time_zone from camp where id = ?").param(campId)
                .query(String.class).single());
        var now = java.time.LocalDateTime.now(zone);
        record Seat(long participantId, long shiftId) {
        }
        var seats = jdbc.sql("""
                select distinct on (ps.participant_id) ps.participant_id, ps.shift_id
                from published_seat ps join shift s on s.id = ps.shift_id join task t on t.id = s.task_id
                left join seat_check_in c on c.shift_id = ps.shift_id and c.seat = ps.seat
                where t.camp_id = :camp and ps.publication_id = (select max(id) from publication where camp_id = :camp)
                  and c.shift_id is null and s.day + s.start_time - interval '25 minutes' <= :now
                  and s.day + s.end_time > :now + interval '3 minutes'
                order by ps.participant_id, s.start_time
                limit :limit""")
                .param("camp", campId).param("now", now).param("limit", SCANS)
                .query((rs, row) -> new Seat(rs.getLong(1), rs.getLong(2))).list();
        var codes = new java.util.HashMap<Long, String>();
        for (var seat : seats) {
            codes.computeIfAbsent(seat.shiftId(),
                    shift -> SignIn.as("organizer", Role.ORGANIZER, () -> checkIns.code(shift)));
        }
        jdbc.sql("update participant set language = 'en' where camp_id = ?").param(campId).update();
        String hash = passwords.encode(SCANNER_PASSWORD);
        List<Scanner> scanners = Collections.synchronizedList(new ArrayList<>());
        var signIns = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var futures = new ArrayList<java.util.concurrent.Future<?>>();
            for (var seat : seats) {
                String username = "scan-" + campId + "-" + seat.participantId();
                jdbc.sql("insert into app_user (username, password_hash, role, participant_id) values (?, ?, ?, ?)")
                        .params(username, hash, Role.PARTICIPANT.name(), seat.participantId()).update();
                futures.add(signIns.submit(() -> {
                    scanners.add(new Scanner(signIn(username),
                            "/scan/" + seat.shiftId() + "/" + codes.get(seat.shiftId())));
                    return null;
                }));
            }
            for (var future : futures) {
                future.get();
            }
        } finally {
            signIns.shutdown();
        }
        if (scanners.size() < SCANS / 2) {
            throw new IllegalStateException("only " + scanners.size() + " participants are on a running shift");
        }
        return new ArrayList<>(scanners);
    }

    /** Signs in through the login form (with its CSRF token) and returns the session cookie. */
    private String signIn(String username) throws Exception {
        try (var http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            var page = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            var token = java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                    .matcher(page.body());
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String form = "username=" + username + "&password=" + SCANNER_PASSWORD + "&_csrf="
                    + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8);
            var response = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("sign-in of " + username + " failed: " + response.statusCode() + " "
                        + response.headers().firstValue("Location").orElse(""));
            }
            var session = ((java.net.CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies()
                    .stream().filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow();
            return "JSESSIONID=" + session.getValue();
        }
    }

    /**
     * The browser's next request after Vaadin's first: the client asks the UI to open the
     * route ("ui-navigate" on the UI's root node, with the UI's CSRF key), as Flow.js does;
     * only then does the scan page check in.
     */
    private HttpRequest navigate(Scanner scanner, String initAnswer) {
        var key = java.util.regex.Pattern.compile("Vaadin-Security-Key\\\\?\"\\s*:\\s*\\\\?\"([0-9a-fA-F-]+)")
                .matcher(initAnswer);
        var ui = java.util.regex.Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(initAnswer);
        if (!key.find() || !ui.find()) {
            throw new IllegalStateException("no UI or CSRF key in Vaadin's first answer");
        }
        String rpc = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key.group(1), scanner.scanPath().substring(1));
        return HttpRequest.newBuilder(URI.create(url("/?v-r=uidl&v-uiId=" + ui.group(1))))
                .header("Cookie", scanner.sessionCookie()).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(rpc)).build();
    }

    /** Where a page's answer says what happened: from the scan page's title on, else the login form, else the start. */
    private static String shown(String body) {
        int at = body.indexOf("Checking in");
        if (at < 0) {
            at = Math.max(0, body.indexOf("login"));
        }
        return body.substring(at, Math.min(body.length(), at + 400));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * The seats of shifts that started before now (all open to an organizer), unmarked ones
     * first, each with the version a marker reads; 750 of them.
     */
    private List<OpenSeat> openSeats(long campId) {
        var zone = java.time.ZoneId.of(jdbc.sql("select time_zone from camp where id = ?").param(campId)
                .query(String.class).single());
        var seats = jdbc.sql("""
                select ps.shift_id, ps.seat, coalesce(c.version, 0) as version
                from published_seat ps join shift s on s.id = ps.shift_id join task t on t.id = s.task_id
                left join seat_check_in c on c.shift_id = ps.shift_id and c.seat = ps.seat
                    and c.participant_id = ps.participant_id
                where t.camp_id = ? and ps.publication_id = (select max(id) from publication where camp_id = t.camp_id)
                  and s.day + s.start_time < ?
                order by coalesce(c.version, 0), s.day desc, s.start_time, ps.shift_id, ps.seat
                limit ?""")
                .params(campId, java.time.LocalDateTime.now(zone), CHECK_INS)
                .query((rs, row) -> new OpenSeat(rs.getLong("shift_id"), rs.getInt("seat"), rs.getInt("version")))
                .list();
        if (seats.size() < CHECK_INS) {
            throw new IllegalStateException("only " + seats.size() + " seats are open for marking");
        }
        return seats;
    }
}
