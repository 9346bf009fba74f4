package org.campfair.roster.internal;

import org.campfair.roster.BedOption;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes what hand edits need beyond {@link RosterStore}: beds by id, and the score after an edit. */
@Component
public class HandEditStore {

    private final JdbcClient jdbc;

    HandEditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public java.util.List<BedOption> beds(long campId) {
        return jdbc.sql("""
                select b.id, h.id as house_id, h.name as house, r.name as room, b.label from bed b
                join room r on r.id = b.room_id join house h on h.id = r.house_id
                where h.camp_id = ? order by h.name, r.name, b.label""")
                .param(campId)
                .query((rs, row) -> new BedOption(rs.getLong("id"), rs.getLong("house_id"), rs.getString("house"),
                        rs.getString("room"), rs.getString("label")))
                .list();
    }

    /** Who sits in the seat now; null when nobody does. */
    public @Nullable Long seatHolder(long shiftId, int seat) {
        return jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = ?")
                .params(shiftId, seat).query((rs, row) -> {
                    long id = rs.getLong(1);
                    return rs.wasNull() ? null : id;
                }).optional().orElse(null);
    }

    /** The participant's bed now; null when they have none. */
    public @Nullable Long bedOf(long participantId) {
        return jdbc.sql("select bed_id from bed_assignment where participant_id = ?")
                .param(participantId).query((rs, row) -> {
                    long id = rs.getLong(1);
                    return rs.wasNull() ? null : id;
                }).optional().orElse(null);
    }

    /**
     * Puts a participant of the camp in a bed of the camp (or in none) and pins it. Returns
     * false when the participant or the bed is not the camp's.
     */
    public boolean assignBed(long campId, long participantId, @Nullable Long bedId) {
        boolean ours = jdbc.sql("""
                select exists (select 1 from participant where id = ? and camp_id = ?)
                    and (cast(? as bigint) is null or exists (select 1 from bed b join room r on r.id = b.room_id
                        join house h on h.id = r.house_id where b.id = ? and h.camp_id = ?))""")
                .params(participantId, campId, bedId, bedId, campId).query(Boolean.class).single();
        if (!ours) {
            return false;
        }
        jdbc.sql("""
                insert into bed_assignment (participant_id, bed_id, pinned) values (?, ?, true)
                on conflict (participant_id) do update set bed_id = excluded.bed_id, pinned = true,
                    version = bed_assignment.version + 1""")
                .params(participantId, bedId).update();
        return true;
    }

    /** After a hand edit the saved score is the edited roster's, so status and publishing agree with it. */
    public void recordScore(long campId, String score, boolean feasible) {
        jdbc.sql("update roster_result set score = ?, feasible = ? where camp_id = ?")
                .params(score, feasible, campId).update();
    }
}
