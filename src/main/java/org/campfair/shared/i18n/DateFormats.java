package org.campfair.shared.i18n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates and times as a person reads them, one form per language: "Mon 1 Nov 2027",
 * "2027年11月1日(月)", "2027. 11. 1. (월)", and 24-hour times ("09:00") in all three, as camp
 * schedules are written. The patterns live in the bundles ({@code app.format.*}), since no
 * built-in style of java.time reads naturally in all three languages. Machine formats (the
 * API, CSV files, iCal) stay ISO and do not come here.
 */
public final class DateFormats {

    private static final Map<Locale, DateFormats> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Locale language;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayWithYear;
    private final DateTimeFormatter shortDay;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dayTime;
    private final DateTimeFormatter dateTime;

    private DateFormats(Locale language) {
        this.language = language;
        this.day = pattern("app.format.day");
        this.dayWithYear = pattern("app.format.dayWithYear");
        this.shortDay = pattern("app.format.shortDay");
        this.time = pattern("app.format.time");
        this.dayTime = pattern("app.format.dayTime");
        this.dateTime = pattern("app.format.dateTime");
    }

    /** The forms of the supported language closest to {@code locale} (English for any other). */
    public static DateFormats of(Locale locale) {
        return BY_LANGUAGE.computeIfAbsent(Translations.language(locale.toLanguageTag()), DateFormats::new);
    }

    /** A day within a camp, where the year goes without saying: "Mon 1 Nov", "11月1日(月)", "11. 1. (월)". */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /** A day with its year: "Mon 1 Nov 2027", "2027年11月1日(月)", "2027. 11. 1. (월)". */
    public String dayWithYear(LocalDate date) {
        return dayWithYear.format(date);
    }

    /** A day where room is short (a column per night): "1 Nov", "11/1", "11. 1.". */
    public String shortDay(LocalDate date) {
        return shortDay.format(date);
    }

    /** A time of day on the 24-hour clock: "09:00". */
    public String time(LocalTime clock) {
        return time.format(clock);
    }

    /** From one time to another on the same day: "09:00–12:00". */
    public String timeRange(LocalTime start, LocalTime end) {
        return message("app.format.timeRange", time(start), time(end));
    }

    /**
     * From one day to another, each with its weekday; the year is written once when both
     * days share it: "Mon 1 Nov – Sun 7 Nov 2027", "2027年11月1日(月)～11月7日(日)".
     */
    public String dateRange(LocalDate first, LocalDate last) {
        String key = first.getYear() == last.getYear() ? "app.format.dateRangeSameYear" : "app.format.dateRange";
        return message(key, dayWithYear(first), dayWithYear(last), day(first), day(last));
    }

    /** A day and time within a camp: "Mon 1 Nov, 09:00", "11月1日(月) 09:00". */
    public String dayTime(LocalDateTime moment) {
        return dayTime.format(moment);
    }

    /** A day with its year and a time: "Mon 1 Nov 2027, 09:00", "2027年11月1日(月) 09:00". */
    public String dateTime(LocalDateTime moment) {
        return dateTime.format(moment);
    }

    /** An instant as the clock in {@code zone} showed it, with its day and year. */
    public String dateTime(Instant instant, ZoneId zone) {
        return dateTime(LocalDateTime.ofInstant(instant, zone));
    }

    /**
     * The date picker's own forms in date-fns tokens (what its web component uses): the first
     * is how it shows a day, the others what else it reads when typed, ISO among them.
     */
    public List<String> pickerPatterns() {
        return Arrays.stream(Translations.text(language, "app.format.picker").split(";")).map(String::strip).toList();
    }

    private DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(Translations.text(language, key), language);
    }

    private String message(String key, Object... parts) {
        return new MessageFormat(Translations.text(language, key), language).format(parts);
    }
}
