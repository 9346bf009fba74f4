package org.campfair.campday.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campfair.campday.CertificateName;
import org.campfair.campday.CheckInState;
import org.campfair.campday.ConfirmedSeat;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the record after the camp reads: the camp, its participants, their seats in the
 * camp's latest publication with the check-in marks (a mark for someone who no longer holds
 * the seat does not count, as in {@link CheckInStore}), and the name each participant wants
 * on their certificate.
 */
@Repository
public class AfterCampStore {

    /** The camp as a certificate names it. */
    public record CampFacts(long id, String name, LocalDate startsOn, LocalDate endsOn, ZoneId zone,
            List<String> villages) {
    }

    /** A participant as the record after the camp needs them; erased participants are left out. */
    public record Person(long id, long campId, String nickname, String legalName, String language) {
    }

    private final JdbcClient jdbc;

    AfterCampStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CampFacts> camp(long campId) {
        List<String> villages = jdbc.sql("""
                select v.name from camp_host_village h join host_village v on v.id = h.village_id
                where h.camp_id = ? order by v.name""").param(campId).query(String.class).list();
        return jdbc.sql("select id, name, starts_on, ends_on, time_zone from camp where id = ?").param(campId)
                .query((rs, row) -> new CampFacts(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        ZoneId.of(rs.getString("time_zone")), villages))
                .optional();
    }

    public Optional<Person> person(long participantId) {
        return jdbc.sql("""
                select id, camp_id, nickname, legal_name, language from participant
                where id = ? and erased_at is null""")
                .param(participantId).query((rs, row) -> person(rs)).optional();
    }

    /** The camp's participants by nickname, and their published seats, earliest first. */
    public Map<Person, List<ConfirmedSeat>> seats(long campId) {
        return seats(campId, null);
    }

    /** One participant's published seats, earliest first. */
    public List<ConfirmedSeat> seatsOf(Person person) {
        return seats(person.campId(), person.id()).getOrDefault(person, List.of());
    }

    private Map<Person, List<ConfirmedSeat>> seats(long campId, @Nullable Long only) {
        var people = jdbc.sql("""
                select id, camp_id, nickname, legal_name, language from participant
                where camp_id = ? and erased_at is null and (?::bigint is null or id = ?) order by nickname, id""")
                .params(campId, only, only).query((rs, row) -> person(rs)).list();
        var byId = new LinkedHashMap<Long, Person>();
        people.forEach(p -> byId.put(p.id(), p));
        var seats = new LinkedHashMap<Person, List<ConfirmedSeat>>();
        people.forEach(p -> seats.put(p, new java.util.ArrayList<>()));
        jdbc.sql("""
                select ps.participant_id, s.day, s.start_time, s.end_time, t.name as task, si.name as site,
                       v.name as village, c.state, coalesce(c.confirmed_minutes, 0) as confirmed_minutes
                from published_seat ps
                join shift s on s.id = ps.shift_id join task t on t.id = s.task_id join site si on si.id = t.site_id
                join host_village v on v.id = si.village_id
                left join seat_check_in c on c.shift_id = ps.shift_id and c.seat = ps.seat
                    and c.participant_id = ps.participant_id
                where ps.publication_id = (select max(id) from publication where camp_id = ?)
                  and (?::bigint is null or ps.participant_id = ?)
                order by s.day, s.start_time, t.name""")
                .params(campId, only, only)
                .query(rs -> {
                    var person = byId.get(rs.getLong("participant_id"));
                    if (person == null) {
                        return; // erased since the publication: nothing of theirs is kept
                    }
                    String state = rs.getString("state");
                    var start = rs.getObject("start_time", LocalTime.class);
                    var end = rs.getObject("end_time", LocalTime.class);
                    seats.get(person).add(new ConfirmedSeat(rs.getObject("day", LocalDate.class), start, end,
                            rs.getString("task"), rs.getString("site"), rs.getString("village"),
                            state == null ? null : CheckInState.valueOf(state),
                            (int) java.time.Duration.between(start, end).toMinutes(), rs.getInt("confirmed_minutes")));
                });
        return seats;
    }

    public CertificateName certificateName(long participantId) {
        return jdbc.sql("select legal_name from certificate_name_choice where participant_id = ?")
                .param(participantId).query(Boolean.class).optional()
                .map(legal -> legal ? CertificateName.LEGAL_NAME : CertificateName.NICKNAME)
                .orElse(CertificateName.NICKNAME);
    }

    public void chooseCertificateName(long participantId, CertificateName name, Instant at) {
        jdbc.sql("""
                insert into certificate_name_choice (participant_id, legal_name, chosen_at) values (?, ?, ?)
                on conflict (participant_id) do update set legal_name = excluded.legal_name,
                    chosen_at = excluded.chosen_at""")
                .params(participantId, name == CertificateName.LEGAL_NAME, Timestamp.from(at)).update();
    }

    private static Person person(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Person(rs.getLong("id"), rs.getLong("camp_id"), rs.getString("nickname"),
                rs.getString("legal_name"), rs.getString("language"));
    }
}
