package org.campfair.roster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.campfair.roster.RosterShift;
import org.campfair.shared.i18n.DateFormats;
import org.jspecify.annotations.Nullable;

/**
 * Dates and hours in the reader's language: days as every page writes them ("Tue 2 Nov",
 * "11月2日(火)", "11. 2. (화)").
 */
final class RosterFormats {

    private final Locale locale;
    private final DateFormats dates;

    RosterFormats(Component component) {
        this.locale = component.getUI().map(UI::getLocale).orElseGet(RosterFormats::pageLocale);
        this.dates = DateFormats.of(locale);
    }

    String day(LocalDate date) {
        return dates.day(date);
    }

    /** A day and, when known, the time on it: "Tue 2 Nov, 09:00". */
    String day(LocalDate date, @Nullable LocalTime time) {
        return time == null ? dates.day(date) : dates.dayTime(date.atTime(time));
    }

    static String time(RosterShift shift) {
        return DateFormats.of(pageLocale()).timeRange(shift.start(), shift.end());
    }

    private static Locale pageLocale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    String hours(double hours) {
        return String.format(locale, "%.1f", hours);
    }

    /** The kind of a reason or rule as organizers call it: a broken rule, something missing, a wish. */
    static String level(Component component, String level) {
        return switch (level) {
            case "HARD" -> component.getTranslation("roster.level.hard");
            case "MEDIUM" -> component.getTranslation("roster.level.medium");
            default -> component.getTranslation("roster.level.soft");
        };
    }
}
