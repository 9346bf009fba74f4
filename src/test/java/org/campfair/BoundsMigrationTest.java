package org.campfair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V11 on a database that already holds what the old code let in: stacked pending change
 * requests and unbounded reminder lists. Migrated in a schema of its own up to V7, filled,
 * then migrated on: the newest pending request stays, reminders come inside the bounds, and
 * the tables refuse new violations.
 */
@CampfairIntegrationTest
class BoundsMigrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void stackedRequestsAndLongReminderListsAreBroughtInside() {
        String schema = "bounds_" + UUID.randomUUID().toString().substring(0, 8);
        migrate(schema, "7");
        long camp = jdbc.sql("insert into " + schema + ".camp (name, starts_on, ends_on, time_zone) "
                + "values ('Old camp', date '2027-11-01', date '2027-11-14', 'Asia/Tokyo') returning id")
                .query(Long.class).single();
        long kuma = participant(schema, camp, "Kuma");
        long mikan = participant(schema, camp, "Mikan");
        for (int i = 0; i < 4; i++) {
            jdbc.sql("insert into " + schema + ".preference_change_request (participant_id, preferences, requested_at) "
                    + "values (?, cast(? as jsonb), timestamptz '2027-10-01 10:00+09' + ? * interval '1 minute')")
                    .params(kuma, "{\"wish\":" + i + "}", i).update();
        }
        jdbc.sql("insert into " + schema + ".preference_change_request (participant_id, preferences, status) "
                + "values (?, '{}', 'DECLINED')").param(kuma).update();
        Integer[] many = new Integer[200];
        Arrays.setAll(many, i -> i % 100);
        jdbc.sql("insert into " + schema + ".participant_reminder (participant_id, evening_before, minutes_before) "
                + "values (?, true, ?), (?, false, ?)").params(kuma, many, mikan, new Integer[] {60}).update();

        migrate(schema, "11");

        assertThat(jdbc.sql("select preferences::text from " + schema + ".preference_change_request "
                + "where participant_id = ? and status = 'PENDING'").param(kuma).query(String.class).list())
                .containsExactly("{\"wish\": 3}");
        assertThat(jdbc.sql("select count(*) from " + schema + ".preference_change_request where status = 'DECLINED'")
                .query(Long.class).single()).as("decided requests stay").isEqualTo(1);
        assertThat(minutes(schema, kuma)).containsExactly(5, 6, 7);
        assertThat(minutes(schema, mikan)).as("a choice within bounds is untouched").containsExactly(60);

        assertThatThrownBy(() -> jdbc.sql("insert into " + schema + ".preference_change_request "
                + "(participant_id, preferences) values (?, '{}')").param(kuma).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update " + schema + ".participant_reminder set minutes_before = ? "
                + "where participant_id = ?").params(new Integer[] {10, 20, 30, 40}, mikan).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.sql("drop schema " + schema + " cascade").update();
    }

    private void migrate(String schema, String target) {
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration")
                .target(target).load().migrate();
    }

    private long participant(String schema, long camp, String nickname) {
        return jdbc.sql("insert into " + schema + ".participant (camp_id, nickname, arrives_on, departs_on) "
                + "values (?, ?, date '2027-11-01', date '2027-11-14') returning id")
                .params(camp, nickname).query(Long.class).single();
    }

    private List<Integer> minutes(String schema, long participantId) {
        return jdbc.sql("select minutes_before from " + schema + ".participant_reminder where participant_id = ?")
                .param(participantId)
                .query((rs, row) -> Arrays.asList((Integer[]) rs.getArray(1).getArray())).single();
    }
}
