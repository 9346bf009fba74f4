package org.campfair.selfservice.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.campfair.roster.TakenSeat;
import org.campfair.selfservice.SelfServiceChange;
import org.campfair.selfservice.SelfServiceSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the self-service settings and the activity list. */
@Component
public class SelfServiceStore {

    private static final String CHANGES = """
            select c.id, p.nickname, c.kind, t.name, s.day, s.start_time, s.end_time, c.hours_per_day_before,
                c.hours_per_day_after, c.made_at, g.nickname as given_by
            from self_service_change c join participant p on p.id = c.participant_id
            left join participant g on g.id = c.given_by
            join shift s on s.id = c.shift_id join task t on t.id = s.task_id
            """;

    private final JdbcClient jdbc;

    SelfServiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SelfServiceSettings settings(long campId) {
        return jdbc.sql("""
                select open_seats, give_aways, swaps, frozen_from, max_extra_minutes_per_day, approval,
                    waiting_lists, waiting_offer_minutes, version
                from self_service_setting where camp_id = ?""")
                .param(campId)
                .query((rs, row) -> new SelfServiceSettings(campId, rs.getBoolean(1), rs.getBoolean(2),
                        rs.getBoolean(3), rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getBoolean(6),
                        rs.getBoolean(7), rs.getInt(8), rs.getInt(9)))
                .optional().orElseGet(() -> SelfServiceSettings.defaults(campId));
    }

    /** Saves the settings if nobody saved them since they were read; returns false if somebody did. */
    public boolean save(SelfServiceSettings settings) {
        return jdbc.sql("""
                insert into self_service_setting (camp_id, open_seats, give_aways, swaps, frozen_from,
                    max_extra_minutes_per_day, approval, waiting_lists, waiting_offer_minutes, version)
                values (:camp, :open, :give, :swaps, :frozen, :cap, :approval, :waiting, :window, 1)
                on conflict (camp_id) do update set open_seats = excluded.open_seats, give_aways = excluded.give_aways,
                    swaps = excluded.swaps, approval = excluded.approval, waiting_lists = excluded.waiting_lists,
                    waiting_offer_minutes = excluded.waiting_offer_minutes,
                    frozen_from = excluded.frozen_from, max_extra_minutes_per_day = excluded.max_extra_minutes_per_day,
                    version = self_service_setting.version + 1
                where self_service_setting.version = :version""")
                .param("camp", settings.campId()).param("open", settings.openSeats()).param("give", settings.giveAways())
                .param("swaps", settings.swaps()).param("approval", settings.approval())
                .param("waiting", settings.waitingLists()).param("window", settings.waitingOfferMinutes())
                .param("frozen", settings.frozenFrom()).param("cap", settings.maxExtraMinutesPerDay())
                .param("version", settings.version())
                .update() == 1;
    }

    public void recordTaken(TakenSeat taken, Instant at) {
        jdbc.sql("""
                insert into self_service_change (camp_id, participant_id, kind, shift_id, seat, publication_id,
                    hours_per_day_before, hours_per_day_after, made_at)
                values (?, ?, 'TOOK_SEAT', ?, ?, ?, ?, ?, ?)""")
                .params(taken.campId(), taken.participantId(), taken.seat().shiftId(), taken.seat().seat(),
                        taken.publicationId(), taken.hoursPerDayBefore(), taken.seat().hoursPerDayAfter(),
                        Timestamp.from(at))
                .update();
    }

    /** The taker's side of a give-away; the giver is named in the same row. */
    public void recordGiven(TakenSeat taken, long givenBy, Instant at) {
        recordFrom(taken, givenBy, SelfServiceChange.Kind.TOOK_GIVEN_SEAT, at);
    }

    /** Both sides of a swap, one row each, naming the other person. */
    public void recordSwapped(TakenSeat taken, TakenSeat returned, Instant at) {
        recordFrom(taken, returned.participantId(), SelfServiceChange.Kind.SWAPPED_SEAT, at);
        recordFrom(returned, taken.participantId(), SelfServiceChange.Kind.SWAPPED_SEAT, at);
    }

    private void recordFrom(TakenSeat taken, long from, SelfServiceChange.Kind kind, Instant at) {
        jdbc.sql("""
                insert into self_service_change (camp_id, participant_id, kind, shift_id, seat, publication_id,
                    hours_per_day_before, hours_per_day_after, made_at, given_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(taken.campId(), taken.participantId(), kind.name(), taken.seat().shiftId(),
                        taken.seat().seat(), taken.publicationId(), taken.hoursPerDayBefore(),
                        taken.seat().hoursPerDayAfter(), Timestamp.from(at), from)
                .update();
    }

    public List<SelfServiceChange> ofCamp(long campId, int limit) {
        return jdbc.sql(CHANGES + "where c.camp_id = ? order by c.made_at desc, c.id desc limit ?")
                .params(campId, limit).query(SelfServiceStore::change).list();
    }

    public List<SelfServiceChange> ofParticipant(long participantId) {
        return jdbc.sql(CHANGES + "where c.participant_id = ? order by c.made_at desc, c.id desc limit 100")
                .param(participantId).query(SelfServiceStore::change).list();
    }

    private static SelfServiceChange change(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SelfServiceChange(rs.getLong(1), rs.getString(2), SelfServiceChange.Kind.valueOf(rs.getString(3)),
                rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalTime.class),
                rs.getObject(7, LocalTime.class), rs.getDouble(8), rs.getDouble(9),
                rs.getTimestamp(10).toInstant(), rs.getString(11));
    }
}
