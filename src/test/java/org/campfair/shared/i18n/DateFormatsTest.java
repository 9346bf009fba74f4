package org.campfair.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DateFormatsTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 11, 1);
    private static final LocalDate SUNDAY = LocalDate.of(2027, 11, 7);
    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final LocalTime AFTERNOON = LocalTime.of(14, 30, 15);

    /** How one language writes the same days and times; {@code yearEnd} is a range across the new year. */
    record Written(Locale locale, String day, String dayWithYear, String shortDay, String dayTime, String dateTime,
            String dateRange, @Nullable String yearEnd, String firstPickerPattern) {

        @Override
        public String toString() {
            return locale.getDisplayLanguage(Locale.ENGLISH);
        }
    }

    static Stream<Written> languages() {
        return Stream.of(
                // The weekday first and the day before the month.
                new Written(Locale.ENGLISH, "Mon 1 Nov", "Mon 1 Nov 2027", "1 Nov", "Mon 1 Nov, 09:00",
                        "Mon 1 Nov 2027, 14:30", "Mon 1 Nov – Sun 7 Nov 2027", "Thu 30 Dec 2027 – Sun 2 Jan 2028",
                        "EEE d MMM yyyy"),
                // Year, month, day, the weekday in brackets.
                new Written(Locale.JAPANESE, "11月1日(月)", "2027年11月1日(月)", "11/1", "11月1日(月) 09:00",
                        "2027年11月1日(月) 14:30", "2027年11月1日(月)～11月7日(日)", "2027年12月30日(木)～2028年1月2日(日)",
                        "yyyy年M月d日"),
                // Dotted year, month, day, the weekday in brackets.
                new Written(Locale.KOREAN, "11. 1. (월)", "2027. 11. 1. (월)", "11. 1.", "11. 1. (월) 09:00",
                        "2027. 11. 1. (월) 14:30", "2027. 11. 1. (월) ~ 11. 7. (일)", null, "yyyy. M. d."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void eachLanguageWritesDaysItsOwnWayAndTimesOnThe24HourClock(Written written) {
        var dates = DateFormats.of(written.locale());
        assertThat(dates.day(MONDAY)).isEqualTo(written.day());
        assertThat(dates.dayWithYear(MONDAY)).isEqualTo(written.dayWithYear());
        assertThat(dates.shortDay(MONDAY)).isEqualTo(written.shortDay());
        assertThat(dates.time(AFTERNOON)).isEqualTo("14:30");
        assertThat(dates.timeRange(MORNING, AFTERNOON)).isEqualTo("09:00–14:30");
        assertThat(dates.dayTime(MONDAY.atTime(MORNING))).isEqualTo(written.dayTime());
        assertThat(dates.dateTime(MONDAY.atTime(AFTERNOON))).isEqualTo(written.dateTime());
        assertThat(dates.dateRange(MONDAY, SUNDAY)).isEqualTo(written.dateRange());
        if (written.yearEnd() != null) {
            assertThat(dates.dateRange(LocalDate.of(2027, 12, 30), LocalDate.of(2028, 1, 2)))
                    .isEqualTo(written.yearEnd());
        }
        assertThat(dates.pickerPatterns()).first().isEqualTo(written.firstPickerPattern());
    }

    @Test
    void theEnglishDatePickerAlsoTakesIsoDates() {
        assertThat(DateFormats.of(Locale.ENGLISH).pickerPatterns()).contains("yyyy-MM-dd");
    }

    @Test
    void regionalLocalesAndOtherLanguagesGetTheClosestSupportedForm() {
        assertThat(DateFormats.of(Locale.forLanguageTag("ko-KR")).dayWithYear(MONDAY)).isEqualTo("2027. 11. 1. (월)");
        assertThat(DateFormats.of(Locale.US).dayWithYear(MONDAY)).isEqualTo("Mon 1 Nov 2027");
        assertThat(DateFormats.of(Locale.GERMAN).dayWithYear(MONDAY)).isEqualTo("Mon 1 Nov 2027");
    }

    @Test
    void anInstantIsReadOnTheClockOfTheGivenZone() {
        var instant = Instant.parse("2027-10-31T23:30:00Z");
        assertThat(DateFormats.of(Locale.JAPANESE).dateTime(instant, ZoneId.of("Asia/Tokyo")))
                .isEqualTo("2027年11月1日(月) 08:30");
        assertThat(DateFormats.of(Locale.ENGLISH).dateTime(instant, ZoneId.of("UTC")))
                .isEqualTo("Sun 31 Oct 2027, 23:30");
    }

    @Test
    void daysAndTimesHandedToABundleTextAreWrittenInItsLanguageNotInIsoForm() {
        // "task.error.dayOutsideCamp" takes the camp's first and last day.
        assertThat(Translations.text(Locale.ENGLISH, "task.error.dayOutsideCamp", MONDAY, SUNDAY))
                .contains("Mon 1 Nov 2027", "Sun 7 Nov 2027").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(Translations.text(Locale.JAPANESE, "task.error.dayOutsideCamp", MONDAY, SUNDAY))
                .contains("2027年11月1日(月)", "2027年11月7日(日)");
        assertThat(Translations.text(Locale.KOREAN, "campday.list.shift", MORNING, AFTERNOON, "Jam"))
                .isEqualTo("09:00–14:30 Jam");
    }
}
