package org.campfair.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateFormatsTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 11, 1);
    private static final LocalDate SUNDAY = LocalDate.of(2027, 11, 7);
    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final LocalTime AFTERNOON = LocalTime.of(14, 30, 15);

    @Test
    void englishWritesTheWeekdayFirstAndTheDayBeforeTheMonthOnThe24HourClock() {
        var dates = DateFormats.of(Locale.ENGLISH);
        assertThat(dates.day(MONDAY)).isEqualTo("Mon 1 Nov");
        assertThat(dates.dayWithYear(MONDAY)).isEqualTo("Mon 1 Nov 2027");
        assertThat(dates.shortDay(MONDAY)).isEqualTo("1 Nov");
        assertThat(dates.time(AFTERNOON)).isEqualTo("14:30");
        assertThat(dates.timeRange(MORNING, AFTERNOON)).isEqualTo("09:00–14:30");
        assertThat(dates.dayTime(MONDAY.atTime(MORNING))).isEqualTo("Mon 1 Nov, 09:00");
        assertThat(dates.dateTime(MONDAY.atTime(AFTERNOON))).isEqualTo("Mon 1 Nov 2027, 14:30");
        assertThat(dates.dateRange(MONDAY, SUNDAY)).isEqualTo("Mon 1 Nov – Sun 7 Nov 2027");
        assertThat(dates.dateRange(LocalDate.of(2027, 12, 30), LocalDate.of(2028, 1, 2)))
                .isEqualTo("Thu 30 Dec 2027 – Sun 2 Jan 2028");
        assertThat(dates.pickerPatterns()).first().isEqualTo("EEE d MMM yyyy");
        assertThat(dates.pickerPatterns()).contains("yyyy-MM-dd");
    }

    @Test
    void japaneseWritesYearMonthDayWithTheWeekdayInBrackets() {
        var dates = DateFormats.of(Locale.JAPANESE);
        assertThat(dates.day(MONDAY)).isEqualTo("11月1日(月)");
        assertThat(dates.dayWithYear(MONDAY)).isEqualTo("2027年11月1日(月)");
        assertThat(dates.shortDay(MONDAY)).isEqualTo("11/1");
        assertThat(dates.time(AFTERNOON)).isEqualTo("14:30");
        assertThat(dates.timeRange(MORNING, AFTERNOON)).isEqualTo("09:00–14:30");
        assertThat(dates.dayTime(MONDAY.atTime(MORNING))).isEqualTo("11月1日(月) 09:00");
        assertThat(dates.dateTime(MONDAY.atTime(AFTERNOON))).isEqualTo("2027年11月1日(月) 14:30");
        assertThat(dates.dateRange(MONDAY, SUNDAY)).isEqualTo("2027年11月1日(月)～11月7日(日)");
        assertThat(dates.dateRange(LocalDate.of(2027, 12, 30), LocalDate.of(2028, 1, 2)))
                .isEqualTo("2027年12月30日(木)～2028年1月2日(日)");
        assertThat(dates.pickerPatterns()).first().isEqualTo("yyyy年M月d日");
    }

    @Test
    void koreanWritesDottedYearMonthDayWithTheWeekdayInBrackets() {
        var dates = DateFormats.of(Locale.KOREAN);
        assertThat(dates.day(MONDAY)).isEqualTo("11. 1. (월)");
        assertThat(dates.dayWithYear(MONDAY)).isEqualTo("2027. 11. 1. (월)");
        assertThat(dates.shortDay(MONDAY)).isEqualTo("11. 1.");
        assertThat(dates.time(AFTERNOON)).isEqualTo("14:30");
        assertThat(dates.timeRange(MORNING, AFTERNOON)).isEqualTo("09:00–14:30");
        assertThat(dates.dayTime(MONDAY.atTime(MORNING))).isEqualTo("11. 1. (월) 09:00");
        assertThat(dates.dateTime(MONDAY.atTime(AFTERNOON))).isEqualTo("2027. 11. 1. (월) 14:30");
        assertThat(dates.dateRange(MONDAY, SUNDAY)).isEqualTo("2027. 11. 1. (월) ~ 11. 7. (일)");
        assertThat(dates.pickerPatterns()).first().isEqualTo("yyyy. M. d.");
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
