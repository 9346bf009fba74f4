package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemindersTest {

    private static final LocalDateTime MORNING_SHIFT = LocalDateTime.of(2027, 11, 3, 8, 30);

    @Test
    void theEveningBeforeIs18hTheDayBeforeTheStart() {
        assertThat(new Reminders(true, List.of()).before(MORNING_SHIFT)).containsExactly(Duration.ofMinutes(14 * 60 + 30));
        assertThat(new Reminders(true, List.of()).before(LocalDateTime.of(2027, 11, 3, 19, 0)))
                .containsExactly(Duration.ofHours(25));
    }

    @Test
    void byDefaultTheEveningBeforeAndAnHourBefore() {
        assertThat(Reminders.DEFAULT.before(MORNING_SHIFT))
                .containsExactly(Duration.ofMinutes(14 * 60 + 30), Duration.ofHours(1));
    }

    @Test
    void theSameLeadTimeTwiceIsOneAlarm() {
        assertThat(new Reminders(false, List.of(60, 60)).before(MORNING_SHIFT)).containsExactly(Duration.ofHours(1));
    }

    @Test
    void leadTimesAreBetweenZeroAndAWeek() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Reminders(false, List.of(-5)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Reminders(false, List.of(7 * 24 * 60 + 1)));
    }

    @Test
    void cancelledEntriesGetNoReminders() {
        var cancelled = new CalendarEntry("x@campfair", "Gone", "", "", null, null, MORNING_SHIFT,
                MORNING_SHIFT.plusHours(2), Instant.EPOCH, 1, true, List.of());
        var kept = new CalendarEntry("y@campfair", "Kept", "", "", null, null, MORNING_SHIFT,
                MORNING_SHIFT.plusHours(2), Instant.EPOCH, 0);

        var reminded = Reminders.DEFAULT.applyTo(List.of(cancelled, kept));

        assertThat(reminded.get(0).reminders()).isEmpty();
        assertThat(reminded.get(1).reminders()).hasSize(2);
    }
}
