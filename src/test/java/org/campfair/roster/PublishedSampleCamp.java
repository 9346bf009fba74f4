package org.campfair.roster;

import java.time.LocalDate;
import java.util.List;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.shared.security.SignIn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A freshly imported sample camp, published without solving (seconds saved): Mikan works the
 * first lead-needing shift of two different days, each led by Kuma (a returning volunteer) on
 * seat 0, and the given participant account is linked to Mikan. The camp's status is
 * PUBLISHED, so its host village (the demo host's) shows it.
 */
public record PublishedSampleCamp(long campId, long participantId, List<Long> shiftIds, LocalDate firstDay) {

    public static final String LEAD = "Kuma";

    public static PublishedSampleCamp publishFor(String participantAccount, CampImportService importer, JdbcClient jdbc) {
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.classpath("sample-data")));
        long me = participant(jdbc, campId, "Mikan");
        long lead = participant(jdbc, campId, LEAD);
        List<Long> shifts = jdbc.sql("""
                select id from (select distinct on (s.day) s.id, s.day from shift s join task t on t.id = s.task_id
                    where t.camp_id = ? and s.needs_lead order by s.day, s.start_time, s.id) firsts
                order by day limit 2""").param(campId).query(Long.class).list();
        long publication = jdbc.sql("insert into publication (camp_id, score) values (?, '0hard/0medium/0soft') returning id")
                .param(campId).query(Long.class).single();
        for (long shift : shifts) {
            jdbc.sql("insert into published_seat (publication_id, shift_id, seat, participant_id) values (?, ?, 0, ?), (?, ?, 1, ?)")
                    .params(publication, shift, lead, publication, shift, me).update();
        }
        jdbc.sql("update camp set status = 'PUBLISHED' where id = ?").param(campId).update();
        jdbc.sql("update app_user set participant_id = ? where username = ?").params(me, participantAccount).update();
        LocalDate firstDay = jdbc.sql("select day from shift where id = ?").param(shifts.getFirst())
                .query(LocalDate.class).single();
        return new PublishedSampleCamp(campId, me, shifts, firstDay);
    }

    private static long participant(JdbcClient jdbc, long campId, String nickname) {
        return jdbc.sql("select id from participant where camp_id = ? and nickname = ?").params(campId, nickname)
                .query(Long.class).single();
    }
}
