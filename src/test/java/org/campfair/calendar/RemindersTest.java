package org.campfair.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import org.campfair.shared.RefusedFieldsException;
import org.campfair.shared.i18n.Translations;
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
    void atMostThreeDistinctLeadTimesOfFiveMinutesToAWeek() {
        new Reminders(true, List.of(5, 60, 7 * 24 * 60)).check();
        new Reminders(false, List.of()).check();
        assertThat(refusal(List.of(4))).isEqualTo("calendar.reminders.invalidMinutes");
        assertThat(refusal(List.of(-5))).isEqualTo("calendar.reminders.invalidMinutes");
        assertThat(refusal(List.of(7 * 24 * 60 + 1))).isEqualTo("calendar.reminders.invalidMinutes");
        assertThat(refusal(List.of(60, 60))).isEqualTo("calendar.reminders.repeated");
        assertThat(refusal(List.of(10, 20, 30, 40))).isEqualTo("calendar.reminders.tooMany");
        assertThat(refusal(Collections.nCopies(10_000, 60))).isEqualTo("calendar.reminders.tooMany");
    }

    private static String refusal(List<Integer> minutes) {
        var refused = catchThrowableOfType(RefusedFieldsException.class, () -> new Reminders(false, minutes).check());
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("minutesBefore");
            Translations.LANGUAGES.forEach(language -> assertThat(p.message(language)).doesNotStartWith("!"));
        });
        return refused.problems().getFirst().messageKey();
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
