package org.campfair.campday;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.campfair.shared.security.SignIn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A freshly imported sample camp moved in time and place: its days shifted so that one sample
 * day falls on {@code day}, in {@code zone}; solved and published on request. Stays, days
 * away and shifts move with it, so the roster is the sample camp's, only elsewhere and later.
 */
public record CampOnDay(long campId, ZoneId zone, LocalDate day) {

    /** A full working day of the sample camp (its third), with shifts from 06:30 to 19:00. */
    public static final LocalDate FULL_DAY = LocalDate.of(2027, 11, 3);

    public static CampOnDay imported(CampImportService importer, JdbcClient jdbc, LocalDate day, ZoneId zone) {
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.classpath("sample-data")));
        int days = (int) ChronoUnit.DAYS.between(FULL_DAY, day);
        jdbc.sql("update camp set time_zone = ?, starts_on = starts_on + ?, ends_on = ends_on + ? where id = ?")
                .params(zone.getId(), days, days, campId).update();
        jdbc.sql("update shift s set day = s.day + ? from task t where t.id = s.task_id and t.camp_id = ?")
                .params(days, campId).update();
        jdbc.sql("update participant set arrives_on = arrives_on + ?, departs_on = departs_on + ? where camp_id = ?")
                .params(days, days, campId).update();
        jdbc.sql("""
                update participant_unavailability u set starts_at = u.starts_at + ? * interval '1 day',
                    ends_at = u.ends_at + ? * interval '1 day'
                from participant p where p.id = u.participant_id and p.camp_id = ?""")
                .params(days, days, campId).update();
        return new CampOnDay(campId, zone, day);
    }

    public static CampOnDay published(CampImportService importer, RosterService rosters, JdbcClient jdbc,
            LocalDate day, ZoneId zone) {
        var camp = imported(importer, jdbc, day, zone);
        SignIn.asTheApp(() -> rosters.solve(camp.campId()));
        SolvedCamps.awaitSolved(rosters, camp.campId(), java.time.Duration.ofSeconds(240));
        SignIn.asTheApp(() -> rosters.publish(camp.campId()));
        return camp;
    }

    public long participant(JdbcClient jdbc, String nickname) {
        return jdbc.sql("select id from participant where camp_id = ? and nickname = ?").params(campId, nickname)
                .query(Long.class).single();
    }
}
