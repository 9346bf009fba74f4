package org.campfair.calendar.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A seeded camp the size of the solver benchmark's L camp (750 participants, 14 days) with
 * a roster written straight into the tables: feeds only read what was published, so the
 * benchmark needs no solve. 3 villages, 100 tasks with a morning and an afternoon shift a
 * day, each participant in one or two shifts a day, 800 beds in 50 houses.
 * Replace with the shared demo-data generator once it exists.
 */
final class LargeCamp {

    static final int PARTICIPANTS = 750;
    static final int DAYS = 14;
    static final int TASKS = 100;
    static final LocalDate FIRST_DAY = LocalDate.of(2027, 7, 1);

    final long campId;
    final List<Long> participants;

    private LargeCamp(long campId, List<Long> participants) {
        this.campId = campId;
        this.participants = participants;
    }

    static LargeCamp create(JdbcClient jdbc, JdbcTemplate batch, long seed) {
        var random = new Random(seed);
        long campId = jdbc.sql("""
                insert into camp (name, starts_on, ends_on, time_zone, language, status)
                values ('Benchmark camp L', ?, ?, 'Asia/Tokyo', 'ja', 'PLANNING') returning id""")
                .params(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1)).query(Long.class).single();
        List<Long> sites = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            long village = jdbc.sql("insert into host_village (name) values (?) returning id")
                    .param("Benchmark village " + campId + "-" + v).query(Long.class).single();
            jdbc.sql("insert into camp_host_village (camp_id, village_id) values (?, ?)").params(campId, village)
                    .update();
            for (int s = 0; s < 2; s++) {
                sites.add(jdbc.sql("""
                        insert into site (village_id, name, address, latitude, longitude)
                        values (?, ?, ?, ?, ?) returning id""")
                        .params(village, "Site " + v + "-" + s, s + " Nakamura, 棚田村, 高知県", 33.6 + v * 0.01, 134.0 + s * 0.01)
                        .query(Long.class).single());
            }
        }
        List<Long> tasks = new ArrayList<>();
        for (int t = 0; t < TASKS; t++) {
            tasks.add(jdbc.sql("""
                    insert into task (camp_id, site_id, name, description, intensity, what_to_bring)
                    values (?, ?, ?, ?, 'MODERATE', 'Gloves, hat, water') returning id""")
                    .params(campId, sites.get(t % sites.size()), "Task " + t,
                            "Terrace repair and weeding on the upper paddies; the host shows the way.")
                    .query(Long.class).single());
        }
        List<Long> participants = new ArrayList<>();
        for (int p = 0; p < PARTICIPANTS; p++) {
            participants.add(jdbc.sql("""
                    insert into participant (camp_id, nickname, legal_name, email, language, arrives_on, departs_on)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(campId, "Volunteer " + p, "Legal Name " + p, "volunteer" + p + "@example.org",
                            List.of("ja", "en", "ko").get(p % 3), FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1))
                    .query(Long.class).single());
        }
        var camp = new LargeCamp(campId, participants);
        camp.roster(jdbc, batch, tasks, random);
        camp.beds(jdbc, batch);
        jdbc.sql("insert into roster_result (camp_id, score, feasible, solved_at) values (?, '0hard/0medium/0soft', true, ?)")
                .params(campId, Timestamp.from(Instant.now())).update();
        return camp;
    }

    private void roster(JdbcClient jdbc, JdbcTemplate batch, List<Long> tasks, Random random) {
        List<Object[]> seats = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            for (LocalTime start : List.of(LocalTime.of(8, 0), LocalTime.of(13, 30))) {
                List<List<Long>> crews = new ArrayList<>();
                tasks.forEach(task -> crews.add(new ArrayList<>()));
                for (long participant : participants) {
                    // About 1.5 shifts a day: three in four people work each half-day.
                    if (random.nextInt(4) != 0) {
                        crews.get(random.nextInt(tasks.size())).add(participant);
                    }
                }
                for (int t = 0; t < tasks.size(); t++) {
                    var crew = crews.get(t);
                    long shift = jdbc.sql("""
                            insert into shift (task_id, day, start_time, end_time, min_headcount, max_headcount, needs_lead)
                            values (?, ?, ?, ?, 0, ?, ?) returning id""")
                            .params(tasks.get(t), FIRST_DAY.plusDays(day), start, start.plusHours(3).plusMinutes(30),
                                    Math.max(1, crew.size()), t % 2 == 0)
                            .query(Long.class).single();
                    for (int seat = 0; seat < crew.size(); seat++) {
                        seats.add(new Object[] {shift, seat, crew.get(seat)});
                    }
                }
            }
        }
        batch.batchUpdate("insert into seat_assignment (shift_id, seat, participant_id) values (?, ?, ?)", seats);
    }

    private void beds(JdbcClient jdbc, JdbcTemplate batch) {
        List<Long> beds = new ArrayList<>();
        for (int h = 0; h < 50; h++) {
            long house = jdbc.sql("""
                    insert into house (camp_id, name, address, latitude, longitude) values (?, ?, ?, 33.61, 134.04)
                    returning id""").params(campId, "House " + h, h + " Kawabata").query(Long.class).single();
            for (int r = 0; r < 4; r++) {
                long room = jdbc.sql("insert into room (house_id, name) values (?, ?) returning id")
                        .params(house, "Room " + r).query(Long.class).single();
                for (int b = 0; b < 4; b++) {
                    beds.add(jdbc.sql("insert into bed (room_id, label) values (?, ?) returning id")
                            .params(room, "Bed " + b).query(Long.class).single());
                }
            }
        }
        List<Object[]> stays = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            stays.add(new Object[] {participants.get(i), beds.get(i)});
        }
        batch.batchUpdate("insert into bed_assignment (participant_id, bed_id) values (?, ?)", stays);
    }
}
