package org.campfair.campday;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A freshly imported sample camp (Tokyo, from 2027-11-01) with an empty publication that a test
 * fills seat by seat for the camp's first day: the check-in and today's-board tests' shared
 * fixture, so each says only who sits where.
 */
record FirstDayPublication(long campId, long publicationId, JdbcClient jdbc) {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final LocalDate DAY = LocalDate.of(2027, 11, 1);

    static FirstDayPublication imported(CampImportService importer, JdbcClient jdbc) {
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.classpath("sample-data")));
        long publicationId = jdbc.sql(
                "insert into publication (camp_id, score) values (?, '0hard/0medium/0soft') returning id")
                .param(campId).query(Long.class).single();
        return new FirstDayPublication(campId, publicationId, jdbc);
    }

    /** The instant {@code time} (HH:mm) strikes in Tokyo on {@code day}. */
    static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(TOKYO).toInstant();
    }

    /** The task's shift on the first day that starts at {@code start} (HH:mm). */
    long shift(String task, String start) {
        return jdbc.sql("""
                select s.id from shift s join task t on t.id = s.task_id
                where t.camp_id = ? and t.name = ? and s.day = ? and s.start_time = cast(? as time)""")
                .params(campId, task, DAY, start).query(Long.class).single();
    }

    long participant(String nickname) {
        return jdbc.sql("select id from participant where camp_id = ? and nickname = ?").params(campId, nickname)
                .query(Long.class).single();
    }

    /** Publishes the participant in the shift's seat. */
    void seat(long shiftId, int seat, long participantId) {
        jdbc.sql("insert into published_seat (publication_id, shift_id, seat, participant_id) values (?, ?, ?, ?)")
                .params(publicationId, shiftId, seat, participantId).update();
    }

    /** A new account of that role, for a participant or a host village or neither; its user name. */
    static String account(AccountService accounts, Role role, @Nullable Long participantId,
            @Nullable Long villageId) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 12);
        SignIn.asTheApp(() -> accounts.create(username, "a-long-password", role, participantId, villageId));
        return username;
    }
}
