package org.campfair.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.campfair.shared.RefusedFieldsException;

/**
 * When a participant's phone should remind them of a shift or stay: the evening before (at
 * 18:00 camp time, the day before the start) and/or some minutes before the start.
 */
public record Reminders(boolean eveningBefore, List<Integer> minutesBefore) {

    /** The default: the evening before, so nobody has to open the app, and an hour before. */
    public static final Reminders DEFAULT = new Reminders(true, List.of(60));
    static final LocalTime EVENING = LocalTime.of(18, 0);
    /** Five minutes; a shorter lead time leaves no time to reach the site. */
    public static final int MIN_MINUTES = 5;
    /** A week; a longer lead time is no reminder of a shift. */
    public static final int MAX_MINUTES = 7 * 24 * 60;
    /** Lead times in minutes at most: each is an alarm in every event of the participant's feed. */
    public static final int MAX_COUNT = 3;

    public Reminders {
        minutesBefore = List.copyOf(minutesBefore);
    }

    /**
     * Refuses what a feed should not carry: more than {@link #MAX_COUNT} lead times, one twice,
     * or one outside {@link #MIN_MINUTES} to {@link #MAX_MINUTES}.
     *
     * @throws RefusedFieldsException naming {@code minutesBefore}
     */
    public void check() {
        String key = null;
        if (minutesBefore.size() > MAX_COUNT) {
            key = "calendar.reminders.tooMany";
        } else if (new HashSet<>(minutesBefore).size() < minutesBefore.size()) {
            key = "calendar.reminders.repeated";
        } else if (minutesBefore.stream().anyMatch(m -> m < MIN_MINUTES || m > MAX_MINUTES)) {
            key = "calendar.reminders.invalidMinutes";
        }
        if (key != null) {
            throw RefusedFieldsException.of("minutesBefore", key, String.valueOf(MIN_MINUTES),
                    String.valueOf(MAX_MINUTES), String.valueOf(MAX_COUNT));
        }
    }

    /** How long before an event starting at {@code start} each alarm fires. */
    public List<Duration> before(LocalDateTime start) {
        var durations = new ArrayList<Duration>();
        if (eveningBefore) {
            durations.add(Duration.between(start.toLocalDate().minusDays(1).atTime(EVENING), start));
        }
        minutesBefore.forEach(minutes -> durations.add(Duration.ofMinutes(minutes)));
        return durations.stream().distinct().toList();
    }

    /** The entries with these reminders; cancelled entries stay silent. */
    public List<CalendarEntry> applyTo(List<CalendarEntry> entries) {
        return entries.stream()
                .map(entry -> entry.cancelled() ? entry : entry.withReminders(before(entry.start())))
                .toList();
    }
}
