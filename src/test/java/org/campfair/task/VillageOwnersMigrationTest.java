package org.campfair.task;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.campfair.CampfairIntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Existing villages get owners when V10 runs: every organizer granted a camp that uses the
 * village. Runs the migrations into a schema of its own, stops before V10, writes the data
 * an older Campfair would have, and migrates the rest of the way.
 */
@CampfairIntegrationTest
class VillageOwnersMigrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void existingVillagesAreOwnedByTheOrganizersOfTheCampsThatUseThem() {
        String schema = "village_owners_" + System.nanoTime();
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").target("7")
                .load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        String s = schema + ".";
        long camp1 = jdbc.sql("insert into " + s + "camp (name, starts_on, ends_on, time_zone) "
                + "values ('One', '2027-11-01', '2027-11-05', 'Asia/Tokyo') returning id").query(Long.class).single();
        long camp2 = jdbc.sql("insert into " + s + "camp (name, starts_on, ends_on, time_zone) "
                + "values ('Two', '2027-11-01', '2027-11-05', 'Asia/Tokyo') returning id").query(Long.class).single();
        long shared = jdbc.sql("insert into " + s + "host_village (name) values ('Yuzuhara') returning id")
                .query(Long.class).single();
        long own = jdbc.sql("insert into " + s + "host_village (name) values ('Kitagawa') returning id")
                .query(Long.class).single();
        jdbc.sql("insert into " + s + "camp_host_village values (?, ?), (?, ?), (?, ?)")
                .params(camp1, shared, camp2, shared, camp2, own).update();
        long alice = organizer(jdbc, s, "alice");
        long bob = organizer(jdbc, s, "bob");
        jdbc.sql("insert into " + s + "camp_organizer values (?, ?), (?, ?)").params(camp1, alice, camp2, bob).update();

        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").load().migrate();

        assertThat(owners(jdbc, s, shared)).containsExactly("alice", "bob");
        assertThat(owners(jdbc, s, own)).containsExactly("bob");
        // Two organizers may now each have a village of the same name.
        jdbc.sql("insert into " + s + "host_village (name) values ('Yuzuhara')").update();
        jdbc.sql("drop schema " + schema + " cascade").update();
    }

    private static long organizer(JdbcClient jdbc, String s, String name) {
        return jdbc.sql("insert into " + s + "app_user (username, password_hash, role) values (?, 'x', 'ORGANIZER') "
                + "returning id").param(name).query(Long.class).single();
    }

    private static java.util.List<String> owners(JdbcClient jdbc, String s, long village) {
        return jdbc.sql("select u.username from " + s + "village_organizer o join " + s + "app_user u on u.id = o.user_id "
                + "where o.village_id = ? order by u.username").param(village).query(String.class).list();
    }
}
