package org.campfair.roster.solver.justifications;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;

import org.campfair.roster.model.RoomNeed;

/**
 * How a justification words its sentence in the reader's language: the messages, and the
 * way that language writes times, hours and lists. Also the two facts about the whole camp a
 * sentence may need, which no single match knows.
 */
public interface Wording {

    /** The message of {@code key} with its arguments filled in. */
    String text(String key, Object... arguments);

    /** A shift's start or end ("Mon 3 Aug 08:00" in English). */
    String when(LocalDateTime time);

    String day(LocalDate day);

    /** Minutes as hours, with minutes only when there are some ("2 h", "1 h 30"). */
    String hours(long minutes);

    /** Skill names quoted and joined the way the language joins "a and b". */
    String skills(Collection<String> skills);

    /** Names joined the way the language lists them ("a, b, c"). */
    String list(Collection<String> names);

    String need(RoomNeed need);

    /** Beds in the camp. */
    int beds();

    /** Participants in the camp. */
    int volunteers();
}
