package org.campfair.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event in a calendar feed, typically a participant's shift.
 *
 * <p>{@code start} and {@code end} are wall-clock times in the feed's zone. {@code uid} must
 * stay the same for the same shift across publications, and {@code sequence} must grow
 * whenever its time changes, so that subscribed calendars update the event instead of
 * duplicating it. {@code lastModified} doubles as the DTSTAMP, which keeps the output free
 * of "now". Blank {@code description} or {@code location} are left out of the event.
 *
 * <p>A {@code cancelled} entry is a removed assignment still shown to clients as STATUS:CANCELLED
 * so they drop it instead of keeping a stale copy. {@code reminders} are how long before the
 * start each VALARM fires; cancelled entries never carry any.
 */
public record CalendarEntry(
        String uid,
        String summary,
        String description,
        String location,
        @Nullable Double latitude,
        @Nullable Double longitude,
        LocalDateTime start,
        LocalDateTime end,
        Instant lastModified,
        int sequence,
        boolean cancelled,
        List<Duration> reminders) {

    /** A confirmed entry without reminders. */
    public CalendarEntry(String uid, String summary, String description, String location, @Nullable Double latitude,
            @Nullable Double longitude, LocalDateTime start, LocalDateTime end, Instant lastModified, int sequence) {
        this(uid, summary, description, location, latitude, longitude, start, end, lastModified, sequence, false,
                List.of());
    }

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(lastModified, "lastModified");
        if (uid.isBlank()) {
            throw new IllegalArgumentException("uid must not be blank");
        }
        // RFC 5545 requires DTEND to be later than DTSTART.
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start + " for " + uid);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative for " + uid);
        }
        checkCoordinates(latitude, longitude, uid);
        reminders = List.copyOf(reminders);
        if (cancelled && !reminders.isEmpty()) {
            throw new IllegalArgumentException("a cancelled entry must not remind anyone: " + uid);
        }
        if (reminders.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("reminders come before the start, not after, for " + uid);
        }
    }

    /** The same entry with these reminders. */
    public CalendarEntry withReminders(List<Duration> newReminders) {
        return new CalendarEntry(uid, summary, description, location, latitude, longitude, start, end, lastModified,
                sequence, cancelled, newReminders);
    }

    private static void checkCoordinates(@Nullable Double latitude, @Nullable Double longitude, String uid) {
        // GEO needs both halves; one without the other is a bug upstream, not a partial position.
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude and longitude must be given together for " + uid);
        }
        // Written as "not within" so that NaN is rejected too.
        if (latitude != null && longitude != null
                && !(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
            throw new IllegalArgumentException(
                    "coordinates " + latitude + ";" + longitude + " are out of range for " + uid);
        }
    }
}
