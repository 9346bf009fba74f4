package org.campfair.campday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.importing.ExportEncoding;
import org.campfair.roster.PublishedSampleCamp;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The camp's confirmed hours on PostgreSQL, and their CSV in UTF-8 with a BOM and in Shift_JIS. */
@CampfairIntegrationTest
class ConfirmedHoursServiceTest {

    private static final String HEADER = "participant_id,nickname,legal_name,date,start,end,task,site,village,state,"
            + "planned_minutes,confirmed_minutes,confirmed_hours";

    @Autowired
    ConfirmedHoursService hours;
    @Autowired
    CampImportService importer;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private EndedCamp camp;

    @BeforeEach
    void anEndedCamp() {
        String account = "mikan-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(account, "a-long-password", Role.PARTICIPANT, null, null);
        camp = EndedCamp.publish(account, importer, jdbc);
    }

    @Test
    void everyParticipantWithTheirSeatsAndOnlyWorkedMinutesCounted() {
        var all = asOrganizer(() -> hours.of(camp.campId()));

        var mikan = all.participants().stream().filter(p -> p.participantId() == camp.mikan()).findFirst().orElseThrow();
        assertThat(mikan.nickname()).isEqualTo("Mikan");
        assertThat(mikan.legalName()).isEqualTo("三上 奈緒");
        assertThat(mikan.seats()).extracting(ConfirmedSeat::state)
                .containsExactly(CheckInState.CAME_LATE, CheckInState.DID_NOT_COME);
        assertThat(mikan.confirmedMinutes()).isEqualTo(EndedCamp.MIKAN_MINUTES);
        var kuma = all.participants().stream().filter(p -> p.participantId() == camp.kuma()).findFirst().orElseThrow();
        assertThat(kuma.confirmedMinutes()).isEqualTo(EndedCamp.plannedMinutes(jdbc, camp.shiftIds().getFirst())
                + EndedCamp.KUMA_SECOND_SHIFT_MINUTES);
        assertThat(all.participants()).as("everyone of the camp, with or without seats").hasSize(
                jdbc.sql("select count(*) from participant where camp_id = ?").param(camp.campId())
                        .query(Integer.class).single());
    }

    @Test
    void seatsStillAheadAreLeftOutUntilMarked() {
        String account = "ahead-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(account, "a-long-password", Role.PARTICIPANT, null, null);
        var ahead = PublishedSampleCamp.publishFor(account, importer, jdbc);

        assertThat(asOrganizer(() -> hours.of(ahead.campId())).participants())
                .allMatch(p -> p.seats().isEmpty());
        EndedCamp.mark(jdbc, ahead.shiftIds().getFirst(), 1, ahead.participantId(), CheckInState.DID_NOT_COME, 0);
        assertThat(asOrganizer(() -> hours.of(ahead.campId())).participants())
                .filteredOn(p -> p.participantId() == ahead.participantId()).singleElement()
                .satisfies(p -> assertThat(p.seats()).hasSize(1));
    }

    @Test
    void csvInUtf8WithAByteOrderMarkOneRowPerParticipantAndSeat() {
        byte[] csv = asOrganizer(() -> hours.csv(camp.campId(), ExportEncoding.UTF8_BOM));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        var lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo(HEADER);
        assertThat(lines).hasSize(1 + 4);
        assertThat(text).contains(camp.mikan() + ",Mikan,三上 奈緒,")
                .contains(",CAME_LATE,").contains(",100,1.67").contains(",DID_NOT_COME,")
                .contains(EndedCamp.JAPANESE_TASK);
    }

    @Test
    void csvInShiftJisAndARefusalForWhatItCannotHold() {
        byte[] csv = asOrganizer(() -> hours.csv(camp.campId(), ExportEncoding.SHIFT_JIS));

        String text = new String(csv, Charset.forName("windows-31j"));
        assertThat(text).startsWith(HEADER).contains("三上 奈緒").contains(EndedCamp.JAPANESE_TASK);

        jdbc.sql("update participant set legal_name = '미칸' where id = ?").param(camp.mikan()).update();
        assertThatThrownBy(() -> asOrganizer(() -> hours.csv(camp.campId(), ExportEncoding.SHIFT_JIS)))
                .isInstanceOfSatisfying(RefusedChangeException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("importing.export.notShiftJis");
                    assertThat(refused.arguments()).containsExactly("confirmed-hours.csv",
                            text.lines().toList().indexOf(text.lines().filter(l -> l.contains("三上")).findFirst()
                                    .orElseThrow()) + 1, "미");
                });
    }

    @Test
    void anotherCampsOrganizerIsRefused() {
        String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(stranger, "a-long-password", Role.ORGANIZER, null, null);

        assertThatThrownBy(() -> SignIn.as(stranger, Role.ORGANIZER, () -> hours.of(camp.campId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.as(stranger, Role.ORGANIZER,
                () -> hours.csv(camp.campId(), ExportEncoding.UTF8_BOM))).isInstanceOf(AccessDeniedException.class);
    }

    private static <T> T asOrganizer(Supplier<T> work) {
        return SignIn.as("organizer", Role.ORGANIZER, work);
    }
}
