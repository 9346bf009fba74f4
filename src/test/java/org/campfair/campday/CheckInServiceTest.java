package org.campfair.campday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campfair.campday.FirstDayPublication.DAY;
import static org.campfair.campday.FirstDayPublication.TOKYO;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.campfair.campday.internal.CheckInStore;
import org.campfair.importing.CampImportService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.StaleRecordException;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.CampAccess;
import org.campfair.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Check-in on a freshly imported sample camp whose jam-making shift on the first day (13:00 to
 * 16:00 in Tokyo, a lead needed) is published with three people: two returning ones who could
 * lead it and a newcomer. The clock stands where each case needs it.
 */
@CampfairIntegrationTest
class CheckInServiceTest {

    @Autowired
    CampImportService importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CheckInStore store;
    @Autowired
    CampAccess access;
    @Autowired
    AccountService accounts;

    private long campId;
    private long shiftId;
    private long otherShiftId;
    private List<Long> people;
    private String lead;
    private String newcomer;
    private String stranger;

    @BeforeEach
    void publishTheFirstJamMaking() {
        var camp = FirstDayPublication.imported(importer, jdbc);
        campId = camp.campId();
        shiftId = camp.shift("Jam making", "13:00");
        otherShiftId = jdbc.sql("""
                select s.id from shift s join task t on t.id = s.task_id
                where t.camp_id = ? and t.name = 'Peel drying' and s.day = ?""")
                .params(campId, DAY).query(Long.class).list().getFirst();
        long leadId = camp.participant("Hana");  // returning, food hygiene: may lead jam making
        long newcomerId = jdbc.sql("""
                select id from participant where camp_id = ? and not is_returning and 'food_hygiene' = any(skills)
                order by id limit 1""").param(campId).query(Long.class).single();
        long thirdId = camp.participant("Mikan");
        people = List.of(leadId, newcomerId, thirdId);
        for (int seat = 0; seat < people.size(); seat++) {
            camp.seat(shiftId, seat, people.get(seat));
        }
        lead = account(Role.PARTICIPANT, leadId);
        newcomer = account(Role.PARTICIPANT, newcomerId);
        stranger = account(Role.PARTICIPANT, jdbc.sql("""
                select id from participant where camp_id = ? and id not in (?, ?, ?) order by id limit 1""")
                .params(campId, leadId, newcomerId, thirdId).query(Long.class).single());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOrganizerMarksASeatAndAMarkThatDidNotSeeTheLastOneIsRefused() {
        var service = at("12:45");
        signIn("organizer", Role.ORGANIZER);

        var shift = service.shift(shiftId);
        assertThat(shift.seats()).extracting(SeatCheckIn::participantId).containsExactlyElementsOf(people);
        // Both returning people with food hygiene could lead the jam making; the newcomer cannot.
        assertThat(shift.seats()).extracting(SeatCheckIn::lead).containsExactly(true, false, true);
        assertThat(shift.seats().getFirst().state()).isNull();

        var came = service.mark(shiftId, 1, CheckInState.CAME, null, 0);
        assertThat(came.state()).isEqualTo(CheckInState.CAME);
        assertThat(came.confirmedMinutes()).isEqualTo(180);
        assertThat(came.version()).isEqualTo(1);

        // A second phone that read the seat before the first mark must not overwrite it unseen.
        assertThatThrownBy(() -> service.mark(shiftId, 1, CheckInState.DID_NOT_COME, null, 0))
                .isInstanceOf(StaleRecordException.class);
        var leftEarly = service.mark(shiftId, 1, CheckInState.LEFT_EARLY, 95, 1);
        assertThat(leftEarly.confirmedMinutes()).isEqualTo(95);
        assertThat(leftEarly.version()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from seat_check_in where shift_id = ?").param(shiftId)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void marksOutsideTheRulesAreRefusedAndWriteNothing() {
        signIn("organizer", Role.ORGANIZER);
        assertThatThrownBy(() -> at("12:29").mark(shiftId, 0, CheckInState.CAME, null, 0))
                .isInstanceOf(RefusedChangeException.class).hasMessageContaining("campday.mark.notYet");
        var service = at("13:05");
        assertThatThrownBy(() -> service.mark(shiftId, 0, CheckInState.DID_NOT_COME, 30, 0))
                .hasMessageContaining("campday.mark.minutesWithoutWork");
        assertThatThrownBy(() -> service.mark(shiftId, 0, CheckInState.CAME, 180 + 241, 0))
                .hasMessageContaining("campday.mark.minutesOutOfRange");
        assertThatThrownBy(() -> service.mark(shiftId, 0, CheckInState.CAME, 0, 0))
                .hasMessageContaining("campday.mark.minutesOutOfRange");
        assertThatThrownBy(() -> service.mark(shiftId, 7, CheckInState.CAME, null, 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.mark(otherShiftId, 0, CheckInState.CAME, null, 0))
                .as("a shift that is not published has no seat to mark").isInstanceOf(NotFoundException.class);
        var afterTheCamp = Clock.fixed(LocalDate.of(2027, 11, 14).plusDays(15).atStartOfDay(TOKYO).plusMinutes(1)
                .toInstant(), TOKYO);
        assertThatThrownBy(() -> new CheckInService(store, access, accounts, afterTheCamp, event -> { })
                .mark(shiftId, 0, CheckInState.CAME, null, 0)).hasMessageContaining("campday.mark.closed");
        assertThat(jdbc.sql("select count(*) from seat_check_in where shift_id = ?").param(shiftId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theLeadAndTheVillagesHostMayMarkOthersOnTheShiftMayNot() {
        var service = at("13:00");
        signIn(lead, Role.PARTICIPANT);
        assertThat(service.mark(shiftId, 2, CheckInState.CAME_LATE, 150, 0).state()).isEqualTo(CheckInState.CAME_LATE);

        signIn(newcomer, Role.PARTICIPANT);
        assertThatThrownBy(() -> service.shift(shiftId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.mark(shiftId, 1, CheckInState.CAME, null, 0))
                .isInstanceOf(AccessDeniedException.class);

        String host = account(Role.HOST, null);
        jdbc.sql("update app_user set village_id = (select village_id from camp_host_village where camp_id = ? limit 1) "
                + "where username = ?").params(campId, host).update();
        signIn(host, Role.HOST);
        assertThat(service.mark(shiftId, 1, CheckInState.CAME, null, 0).version()).isEqualTo(1);

        String otherHost = account(Role.HOST, null);
        signIn(otherHost, Role.HOST);
        assertThatThrownBy(() -> service.shift(shiftId)).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> service.shift(shiftId)).as("nobody signed in").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aParticipantChecksInWithTheShiftsCodeOnceAndOnlyWhileItRuns() {
        signIn("organizer", Role.ORGANIZER);
        String code = at("12:00").code(shiftId);
        assertThat(code).matches("[A-Za-z0-9_-]{43}");
        String otherCode = at("12:00").code(otherShiftId);

        signIn(newcomer, Role.PARTICIPANT);
        assertThatThrownBy(() -> at("12:29").checkInWithCode(shiftId, code))
                .hasMessageContaining("campday.code.outsideShift");
        assertThatThrownBy(() -> at("16:01").checkInWithCode(shiftId, code))
                .hasMessageContaining("campday.code.outsideShift");
        assertThatThrownBy(() -> at("13:00").checkInWithCode(shiftId, otherCode))
                .hasMessageContaining("campday.code.wrong");
        assertThatThrownBy(() -> at("13:00").checkInWithCode(shiftId, "A".repeat(43)))
                .hasMessageContaining("campday.code.wrong");

        var onTime = at("13:08").checkInWithCode(shiftId, code);
        assertThat(onTime.state()).isEqualTo(CheckInState.CAME);
        assertThat(onTime.confirmedMinutes()).isEqualTo(180);
        assertThat(at("13:30").checkInWithCode(shiftId, code)).as("a second scan changes nothing").isEqualTo(onTime);

        signIn(lead, Role.PARTICIPANT);
        var late = at("13:40").checkInWithCode(shiftId, code);
        assertThat(late.state()).isEqualTo(CheckInState.CAME_LATE);
        assertThat(late.confirmedMinutes()).isEqualTo(140);

        signIn(stranger, Role.PARTICIPANT);
        assertThatThrownBy(() -> at("13:00").checkInWithCode(shiftId, code))
                .hasMessageContaining("campday.code.notYourShift");

        signIn("organizer", Role.ORGANIZER);
        at("14:00").renewCodes(campId);
        assertThat(at("14:00").code(shiftId)).as("a renewed secret voids the printed codes").isNotEqualTo(code);
    }

    private CheckInService at(String time) {
        return new CheckInService(store, access, accounts, Clock.fixed(FirstDayPublication.at(DAY, time), TOKYO),
                event -> { });
    }

    private String account(Role role, @Nullable Long participantId) {
        return FirstDayPublication.account(accounts, role, participantId, null);
    }

    private static void signIn(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_" + role.name())));
    }
}
