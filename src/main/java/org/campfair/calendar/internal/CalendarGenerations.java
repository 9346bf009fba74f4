package org.campfair.calendar.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-camp counter of calendar changes (table calendar_generation). Whatever changes what
 * a camp's feeds show or which tokens open them counts it up in its own transaction; caches
 * of rendered feeds compare against it instead of asking the database on every poll.
 */
@Component
public class CalendarGenerations {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CalendarGenerations(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Counts the camp's generation up inside the caller's transaction and announces
     * {@link CalendarChanged}, which listeners on this instance see once it commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void countUp(long campId) {
        long generation = jdbc.sql("""
                insert into calendar_generation (camp_id, generation) values (?, 1)
                on conflict (camp_id) do update set generation = calendar_generation.generation + 1
                returning generation""")
                .param(campId).query(Long.class).single();
        events.publishEvent(new CalendarChanged(campId, generation));
    }

    /** Every camp's generation; camps never changed have none (read as 0). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<Long, Long> all() {
        Map<Long, Long> generations = new HashMap<>();
        jdbc.sql("select camp_id, generation from calendar_generation")
                .query(rs -> {
                    generations.put(rs.getLong(1), rs.getLong(2));
                });
        return generations;
    }

    /** A camp's calendar generation was counted up to {@code generation}. */
    public record CalendarChanged(long campId, long generation) {
    }
}
