package org.campfair.campday;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.shared.security.SignIn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A freshly imported sample camp moved to a zone where it is midday now, with its first
 * jam-making shift running since five minutes ago and published with Hana (who could lead it)
 * on seat 0 and Mikan on seat 1: check-in against the app's real clock.
 */
public record RunningShift(long campId, long shiftId, long hana, long mikan) {

    public static RunningShift publish(CampImportService importer, JdbcClient jdbc) {
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.classpath("sample-data")));
        Instant now = Instant.now();
        var zone = ZoneOffset.ofHours(12 - now.atZone(ZoneOffset.UTC).getHour());
        var local = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES);
        jdbc.sql("update camp set time_zone = ?, starts_on = ?, ends_on = ? where id = ?")
                .params(zone.getId(), local.toLocalDate().minusDays(1), local.toLocalDate().plusDays(5), campId).update();
        long shiftId = jdbc.sql("""
                select s.id from shift s join task t on t.id = s.task_id
                where t.camp_id = ? and t.name = 'Jam making' order by s.day, s.start_time limit 1""")
                .param(campId).query(Long.class).single();
        jdbc.sql("update shift set day = ?, start_time = ?, end_time = ? where id = ?")
                .params(local.toLocalDate(), local.toLocalTime().minusMinutes(5), local.toLocalTime().plusHours(2),
                        shiftId).update();
        long hana = participant(jdbc, campId, "Hana");
        long mikan = participant(jdbc, campId, "Mikan");
        long publication = jdbc.sql("insert into publication (camp_id, score) values (?, '0hard/0medium/0soft') returning id")
                .param(campId).query(Long.class).single();
        jdbc.sql("insert into published_seat (publication_id, shift_id, seat, participant_id) values (?, ?, 0, ?), (?, ?, 1, ?)")
                .params(publication, shiftId, hana, publication, shiftId, mikan).update();
        return new RunningShift(campId, shiftId, hana, mikan);
    }

    private static long participant(JdbcClient jdbc, long campId, String nickname) {
        return jdbc.sql("select id from participant where camp_id = ? and nickname = ?").params(campId, nickname)
                .query(Long.class).single();
    }
}
