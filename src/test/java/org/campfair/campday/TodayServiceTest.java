package org.campfair.campday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campfair.campday.FirstDayPublication.DAY;
import static org.campfair.campday.FirstDayPublication.TOKYO;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.campfair.CampfairIntegrationTest;
import org.campfair.campday.TodayBoard.BoardSeat;
import org.campfair.campday.TodayBoard.BoardShift;
import org.campfair.campday.TodayBoard.HouseTonight;
import org.campfair.campday.TodayBoard.Stay;
import org.campfair.campday.TodayBoard.UnfilledShift;
import org.campfair.campday.internal.TodayStore;
import org.campfair.importing.CampImportService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.CampAccess;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Today's board on a freshly imported sample camp (Tokyo, from 2027-11-01): jam making (13:00
 * to 16:00, needs two and a lead) published with Hana, who could lead it and has a bed, and
 * Mikan; peel drying (13:30, needs two) with Kuma alone; and a second host village's shift at
 * 13:00 with Taka. The clock stands where each case needs it.
 */
@CampfairIntegrationTest
class TodayServiceTest {

    @Autowired
    CampImportService importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TodayStore store;
    @Autowired
    CampAccess access;
    @Autowired
    AccountService accounts;

    private FirstDayPublication camp;
    private long campId;
    private long jamId;
    private long peelId;
    private long otherShiftId;
    private long yuzuhara;
    private long otherVillage;
    private String bed;

    @BeforeEach
    void publishTheFirstAfternoon() {
        camp = FirstDayPublication.imported(importer, jdbc);
        campId = camp.campId();
        jamId = shift("Jam making", "13:00");
        peelId = shift("Peel drying", "13:30");
        yuzuhara = jdbc.sql("select village_id from camp_host_village where camp_id = ?").param(campId)
                .query(Long.class).single();
        otherVillage = jdbc.sql("insert into host_village (name) values (?) returning id")
                .param("Kawanishi " + UUID.randomUUID()).query(Long.class).single();
        jdbc.sql("insert into camp_host_village (camp_id, village_id) values (?, ?)").params(campId, otherVillage).update();
        long site = jdbc.sql("""
                insert into site (village_id, name, latitude, longitude) values (?, 'Rice barn', 33.6, 134.0) returning id""")
                .param(otherVillage).query(Long.class).single();
        long task = jdbc.sql("""
                insert into task (camp_id, site_id, name, intensity, what_to_bring) values (?, ?, 'Rice threshing', 'MODERATE', 'Gloves')
                returning id""").params(campId, site).query(Long.class).single();
        otherShiftId = jdbc.sql("""
                insert into shift (task_id, day, start_time, end_time, min_headcount, max_headcount)
                values (?, ?, '13:00', '15:00', 1, 2) returning id""").params(task, DAY).query(Long.class).single();
        camp.seat(jamId, 0, participant("Hana"));
        camp.seat(jamId, 1, participant("Mikan"));
        camp.seat(peelId, 0, participant("Kuma"));
        camp.seat(otherShiftId, 0, participant("Taka"));
        var hanasBed = jdbc.sql("""
                select b.id, r.name || ' · ' || b.label from bed b join room r on r.id = b.room_id
                join house h on h.id = r.house_id where h.camp_id = ? and h.name = 'Okada House' order by b.id limit 1""")
                .param(campId).query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        bed = (String) hanasBed[1];
        jdbc.sql("insert into published_bed (publication_id, participant_id, bed_id) values (?, ?, ?)")
                .params(camp.publicationId(), participant("Hana"), hanasBed[0]).update();
        jdbc.sql("""
                insert into seat_check_in (shift_id, seat, participant_id, state, confirmed_minutes, marked_at, version)
                values (?, 0, ?, 'CAME', 180, now(), 1)""").params(jamId, participant("Hana")).update();
    }

    @Test
    void anOrganizerSeesTheShiftsNowAndNextTheEmptySeatsArrivalsAndHousesTonight() {
        var board = SignIn.as("organizer", Role.ORGANIZER, () -> at(DAY, "13:10").board(campId));

        assertThat(board.today()).isEqualTo(DAY);
        assertThat(board.now()).isEqualTo(LocalTime.of(13, 10));
        assertThat(board.village()).isNull();
        assertThat(board.current()).extracting(BoardShift::task).containsExactly("Jam making", "Rice threshing");
        var jam = board.current().getFirst();
        assertThat(jam.seats()).containsExactly(new BoardSeat(0, "Hana", true, CheckInState.CAME),
                new BoardSeat(1, "Mikan", true, null));
        assertThat(jam.missing()).isZero();
        assertThat(board.next()).as("the four shifts starting at 13:30").hasSize(4)
                .allMatch(s -> s.start().equals(LocalTime.of(13, 30)));
        assertThat(board.next()).filteredOn(s -> s.task().equals("Peel drying")).singleElement()
                .satisfies(peel -> {
                    assertThat(peel.seats()).extracting(BoardSeat::nickname).containsExactly("Kuma");
                    assertThat(peel.missing()).isEqualTo(1);
                });
        assertThat(board.unfilled()).extracting(UnfilledShift::task).contains("Peel drying", "Sorting and packing",
                "Crate run to the co-op").doesNotContain("Jam making", "Rice threshing");
        assertThat(board.arrivals()).contains(new Stay("Hana", "Okada House", bed));
        assertThat(board.arrivals()).filteredOn(s -> s.nickname().equals("Kuma")).singleElement()
                .isEqualTo(new Stay("Kuma", null, null));
        assertThat(board.departures()).isEmpty();
        assertThat(board.houses()).contains(new HouseTonight("Okada House", 1));
        assertThat(board.houses()).extracting(HouseTonight::sleeping).containsOnly(0, 1);
        assertThat(board.toString()).as("nicknames only").doesNotContain("熊谷").doesNotContain("@example.org");
    }

    @Test
    void aHostSeesTheirOwnVillagesShiftsAndNoBedAndOthersAreRefused() {
        String host = account(Role.HOST, null, yuzuhara);
        var board = SignIn.as(host, Role.HOST, () -> at(DAY, "13:10").board(campId));
        assertThat(board.village()).isNotNull();
        assertThat(board.current()).extracting(BoardShift::task).containsExactly("Jam making");
        assertThat(board.unfilled()).extracting(UnfilledShift::shiftId).doesNotContain(otherShiftId);
        assertThat(board.arrivals()).contains(new Stay("Hana", "Okada House", null));

        String otherHost = account(Role.HOST, null, otherVillage);
        var theirs = SignIn.as(otherHost, Role.HOST, () -> at(DAY, "13:10").board(campId));
        assertThat(theirs.current()).extracting(BoardShift::task).containsExactly("Rice threshing");
        assertThat(theirs.next()).as("no shift of theirs later that day or in the camp").isEmpty();
        assertThat(SignIn.as(otherHost, Role.HOST, () -> at(DAY, "13:10").daySheets(campId, null, null)))
                .as("only their own village's sheet").extracting(DaySheet::site).containsExactly("Rice barn");

        long strangeVillage = jdbc.sql("insert into host_village (name) values (?) returning id")
                .param("Elsewhere " + UUID.randomUUID()).query(Long.class).single();
        String stranger = account(Role.HOST, null, strangeVillage);
        assertThatThrownBy(() -> SignIn.as(stranger, Role.HOST, () -> at(DAY, "13:10").board(campId)))
                .isInstanceOf(AccessDeniedException.class);
        String participant = account(Role.PARTICIPANT, participant("Mikan"), null);
        assertThatThrownBy(() -> SignIn.as(participant, Role.PARTICIPANT, () -> at(DAY, "13:10").board(campId)))
                .isInstanceOf(AccessDeniedException.class);
        String otherOrganizer = account(Role.ORGANIZER, null, null);
        assertThatThrownBy(() -> SignIn.as(otherOrganizer, Role.ORGANIZER, () -> at(DAY, "13:10").board(campId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDaySheetListsEachSitesShiftsWithLeadsOthersAndWhatToBring() {
        String host = account(Role.HOST, null, yuzuhara);
        var sheets = SignIn.as(host, Role.HOST, () -> at(DAY, "07:00").daySheets(campId, null, null));
        assertThat(sheets).extracting(DaySheet::day).containsOnly(DAY);
        var kitchen = sheets.stream().filter(s -> s.site().equals("Community kitchen")).findFirst().orElseThrow();
        var jam = kitchen.shifts().stream().filter(s -> s.task().equals("Jam making")).findFirst().orElseThrow();
        assertThat(jam.start()).isEqualTo(LocalTime.of(13, 0));
        assertThat(jam.leads()).containsExactly("Hana", "Mikan");
        assertThat(jam.whatToBring()).isNotBlank();
        assertThat(sheets).extracting(DaySheet::site).doesNotContain("Rice barn");

        var all = SignIn.as("organizer", Role.ORGANIZER, () -> at(DAY, "07:00").daySheets(campId, otherVillage, null));
        assertThat(all).singleElement().satisfies(sheet -> {
            assertThat(sheet.site()).isEqualTo("Rice barn");
            assertThat(sheet.shifts().getFirst().others()).containsExactly("Taka");
            assertThat(sheet.shifts().getFirst().whatToBring()).isEqualTo("Gloves");
        });
        assertThatThrownBy(() -> SignIn.as("organizer", Role.ORGANIZER,
                () -> at(DAY, "07:00").daySheets(campId, null, DAY.minusDays(3))))
                .isInstanceOf(RefusedChangeException.class);
        assertThatThrownBy(() -> SignIn.as(host, Role.HOST, () -> at(DAY, "07:00").daySheets(campId, otherVillage, null)))
                .isInstanceOf(NotFoundException.class);
    }

    /**
     * The same camp moved to Berlin over the night summer time ends (2026-10-25, 03:00 CEST
     * becomes 02:00 CET): shift times stay local, so at 07:30 UTC a 09:00 shift has not begun
     * (08:30 CET) although it would have at the summer offset, and at 23:30 UTC the camp's day
     * is already the next one.
     */
    @Test
    void aCampAcrossTheEndOfSummerTimeKeepsItsLocalTimesAndDays() {
        var berlin = ZoneId.of("Europe/Berlin");
        var sunday = LocalDate.of(2026, 10, 25);
        jdbc.sql("update camp set time_zone = 'Europe/Berlin', starts_on = ?, ends_on = ? where id = ?")
                .params(sunday.minusDays(2), sunday.plusDays(2), campId).update();
        jdbc.sql("update shift set day = ?, start_time = '09:00', end_time = '12:00' where id = ?")
                .params(sunday, jamId).update();
        jdbc.sql("update shift set day = ?, start_time = '09:00', end_time = '12:00' where id = ?")
                .params(sunday.minusDays(1), peelId).update();
        jdbc.sql("update participant set arrives_on = ?, departs_on = ? where id = ?")
                .params(sunday.plusDays(1), sunday.plusDays(2), participant("Mikan")).update();

        var saturday = SignIn.as("organizer", Role.ORGANIZER,
                () -> at(Instant.parse("2026-10-24T07:30:00Z"), berlin).board(campId));
        assertThat(saturday.now()).as("summer time, UTC+2").isEqualTo(LocalTime.of(9, 30));
        assertThat(saturday.current()).extracting(BoardShift::shiftId).containsExactly(peelId);

        var sundayMorning = SignIn.as("organizer", Role.ORGANIZER,
                () -> at(Instant.parse("2026-10-25T07:30:00Z"), berlin).board(campId));
        assertThat(sundayMorning.now()).as("winter time, UTC+1").isEqualTo(LocalTime.of(8, 30));
        assertThat(sundayMorning.current()).isEmpty();
        assertThat(sundayMorning.next()).extracting(BoardShift::shiftId).containsExactly(jamId);
        var sundayLater = SignIn.as("organizer", Role.ORGANIZER,
                () -> at(Instant.parse("2026-10-25T08:30:00Z"), berlin).board(campId));
        assertThat(sundayLater.current()).extracting(BoardShift::shiftId).containsExactly(jamId);

        var lateSunday = SignIn.as("organizer", Role.ORGANIZER,
                () -> at(Instant.parse("2026-10-25T23:30:00Z"), berlin).board(campId));
        assertThat(lateSunday.today()).as("00:30 on Monday in Berlin").isEqualTo(sunday.plusDays(1));
        assertThat(lateSunday.arrivals()).extracting(Stay::nickname).containsExactly("Mikan");
    }

    private TodayService at(LocalDate day, String time) {
        return at(FirstDayPublication.at(day, time), TOKYO);
    }

    private TodayService at(Instant now, ZoneId zone) {
        return new TodayService(store, access, accounts, Clock.fixed(now, zone));
    }

    private long shift(String task, String start) {
        return camp.shift(task, start);
    }

    private long participant(String nickname) {
        return camp.participant(nickname);
    }

    private String account(Role role, @Nullable Long participantId, @Nullable Long villageId) {
        return FirstDayPublication.account(accounts, role, participantId, villageId);
    }
}
