package org.campfair.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When a participant's phone should remind them of a shift or stay: the evening before (at
 * 18:00 camp time, the day before the start) and/or some minutes before the start.
 */
public record Reminders(boolean eveningBefore, List<Integer> minutesBefore) {

    /** The default: the evening before, so nobody has to open the app, and an hour before. */
    public static final Reminders DEFAULT = new Reminders(true, List.of(60));
    static final LocalTime EVENING = LocalTime.of(18, 0);
    /** A week; a longer lead time is no reminder of a shift. */
    public static final int MAX_MINUTES = 7 * 24 * 60;

    public Reminders {
        if (minutesBefore.stream().anyMatch(m -> m == null || m < 0 || m > MAX_MINUTES)) {
            throw new IllegalArgumentException("Reminders must be between 0 and " + MAX_MINUTES + " minutes before");
        }
        minutesBefore = List.copyOf(minutesBefore);
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
