package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CalendarEntryTest {

    private static final LocalDateTime EIGHT = LocalDateTime.of(2026, 5, 16, 8, 0);

    @Test
    void endMustBeAfterStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> entry(EIGHT, EIGHT, null, null))
                .withMessageContaining("must be after start");
    }

    @Test
    void coordinatesComeInPairs() {
        assertThatIllegalArgumentException().isThrownBy(() -> entry(EIGHT, EIGHT.plusHours(1), 35.0, null))
                .withMessageContaining("together");
    }

    @Test
    void coordinatesMustBeOnEarth() {
        assertThatIllegalArgumentException().isThrownBy(() -> entry(EIGHT, EIGHT.plusHours(1), 91.0, 0.0))
                .withMessageContaining("out of range");
        assertThatIllegalArgumentException().isThrownBy(() -> entry(EIGHT, EIGHT.plusHours(1), Double.NaN, 0.0))
                .withMessageContaining("out of range");
    }

    private static CalendarEntry entry(
            LocalDateTime start, LocalDateTime end, @Nullable Double latitude, @Nullable Double longitude) {
        return new CalendarEntry("shift-1@campfair.org", "Kitchen duty", "", "", latitude, longitude,
                start, end, Instant.parse("2026-04-30T00:00:00Z"), 0);
    }
}
