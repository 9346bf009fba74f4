package org.campfair.selfservice;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.campfair.shared.RefusedFieldsException;
import org.jspecify.annotations.Nullable;

/**
 * When a shift is, as a participant saw it on the page: accepting an offer or a held seat with
 * it refuses, and says so, when the organizers moved the shift since, so nobody takes a seat at
 * a time they never saw.
 */
public record ShiftTime(LocalDate day, LocalTime start, LocalTime end) {

    public static ShiftTime of(SeatOffer offer) {
        return new ShiftTime(offer.day(), offer.start(), offer.end());
    }

    public static ShiftTime of(WaitingSeatOffer held) {
        return new ShiftTime(held.day(), held.start(), held.end());
    }

    /**
     * The times an API client sent with an accept: all three, or none (null, nothing to compare).
     * Anything in between is refused rather than ignored, so a client that drops a field does not
     * take a seat unchecked; an end not after the start is no shift's (they end the day they start).
     *
     * @throws RefusedFieldsException naming the missing fields, or the end
     */
    static @Nullable ShiftTime sent(@Nullable LocalDate day, @Nullable LocalTime start, @Nullable LocalTime end) {
        if (day == null && start == null && end == null) {
            return null;
        }
        var missing = new ArrayList<RefusedFieldsException.Problem>();
        if (day == null) {
            missing.add(together("day"));
        }
        if (start == null) {
            missing.add(together("start"));
        }
        if (end == null) {
            missing.add(together("end"));
        }
        if (day == null || start == null || end == null) {
            throw new RefusedFieldsException(missing);
        }
        if (!end.isAfter(start)) {
            throw RefusedFieldsException.of("end", "selfService.seen.endAfterStart");
        }
        return new ShiftTime(day, start, end);
    }

    private static RefusedFieldsException.Problem together(String field) {
        return new RefusedFieldsException.Problem(field, "selfService.seen.together", List.of());
    }
}
