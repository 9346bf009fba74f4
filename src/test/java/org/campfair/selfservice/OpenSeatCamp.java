package org.campfair.selfservice;

import java.util.UUID;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A freshly imported sample camp (November 2027, so no shift has started) whose working
 * roster holds only Mikan on the first jam-making shift, published through the organizer's
 * real publish: nearly every seat is open. Mikan (returning, food hygiene and first aid, 7 h a
 * day) and Hana (returning, cooking and food hygiene) have participant accounts.
 */
public record OpenSeatCamp(long campId, long mikan, long hana, String mikanAccount, String hanaAccount,
        long firstJam) {

    public static final String PASSWORD = "a-long-password";

    public static OpenSeatCamp publish(CampImportService importer, RosterService rosters, AccountService accounts,
            JdbcClient jdbc) {
        long campId = SignIn.asTheApp(() -> importer.importCamp(CampFiles.classpath("sample-data")));
        long mikan = participant(jdbc, campId, "Mikan");
        long hana = participant(jdbc, campId, "Hana");
        long firstJam = shift(jdbc, campId, "Jam making", 0);
        jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, 0, ?)")
                .params(firstJam, mikan).update();
        jdbc.sql("insert into roster_result (camp_id, score, feasible, solved_at) values (?, '0hard/-5medium/0soft', false, now())")
                .param(campId).update();
        SignIn.as("organizer", Role.ORGANIZER, () -> rosters.publish(campId));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String mikanAccount = "mikan-" + suffix;
        String hanaAccount = "hana-" + suffix;
        SignIn.asTheApp(() -> {
            accounts.create(mikanAccount, PASSWORD, Role.PARTICIPANT, mikan, null);
            accounts.create(hanaAccount, PASSWORD, Role.PARTICIPANT, hana, null);
        });
        return new OpenSeatCamp(campId, mikan, hana, mikanAccount, hanaAccount, firstJam);
    }

    /** Mikan's user name and password as the API's Basic sign-in takes them. */
    public String mikanLogin() {
        return mikanAccount + ":" + PASSWORD;
    }

    /** Hana's user name and password as the API's Basic sign-in takes them. */
    public String hanaLogin() {
        return hanaAccount + ":" + PASSWORD;
    }

    /**
     * Fills every seat of every jam-making shift in the working roster with people other than
     * {@code except}, a different one on each seat of a shift (Mikan keeps hers); publish after.
     * Returns the task's id.
     */
    public long fillEveryJamSeat(JdbcClient jdbc, long... except) {
        long task = jdbc.sql("select id from task where camp_id = ? and name = 'Jam making'").param(campId)
                .query(Long.class).single();
        var excluded = new java.util.ArrayList<Long>(java.util.List.of(mikan, hana));
        for (long id : except) {
            excluded.add(id);
        }
        jdbc.sql("""
                insert into seat_assignment (shift_id, seat, participant_id)
                select s.id, n.seat, f.id
                from shift s cross join generate_series(0, s.max_headcount - 1) as n(seat)
                join lateral (select id from participant p where p.camp_id = :camp and p.id <> all (:excluded)
                              order by p.id offset (s.id % 20) + n.seat limit 1) f on true
                where s.task_id = :task
                on conflict (shift_id, seat) do nothing""")
                .param("camp", campId).param("excluded", excluded.toArray(Long[]::new)).param("task", task).update();
        return task;
    }

    /**
     * Puts the participant on the first seat of the {@code n}th shift of the task in the working
     * roster (publish after), e.g. to give someone a seat to swap. Returns the shift's id.
     */
    public long assign(JdbcClient jdbc, String task, int n, long participantId) {
        long shiftId = shift(jdbc, campId, task, n);
        jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, 0, ?)")
                .params(shiftId, participantId).update();
        return shiftId;
    }

    /** The {@code n}th shift of the task, in time order. */
    public static long shift(JdbcClient jdbc, long campId, String task, int n) {
        return jdbc.sql("""
                select s.id from shift s join task t on t.id = s.task_id where t.camp_id = ? and t.name = ?
                order by s.day, s.start_time, s.id offset ? limit 1""")
                .params(campId, task, n).query(Long.class).single();
    }

    public static long participant(JdbcClient jdbc, long campId, String nickname) {
        return jdbc.sql("select id from participant where camp_id = ? and nickname = ?").params(campId, nickname)
                .query(Long.class).single();
    }

    public long latestPublication(JdbcClient jdbc) {
        return jdbc.sql("select id from publication where camp_id = ? order by published_at desc, id desc limit 1")
                .param(campId).query(Long.class).single();
    }

    public int publications(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from publication where camp_id = ?").param(campId).query(Integer.class).single();
    }
}
