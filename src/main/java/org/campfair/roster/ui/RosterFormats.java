package org.campfair.roster.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.campfair.roster.RosterShift;

/**
 * Dates and hours in the reader's language. The day pattern comes from the bundles
 * ("Tue 2 Nov", "11月2日(火)", "11월 2일 (화)"), since no built-in style reads naturally in all three.
 */
final class RosterFormats {

    private final Locale locale;
    private final DateTimeFormatter day;

    RosterFormats(Component component) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        this.locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        this.day = DateTimeFormatter.ofPattern(component.getTranslation("roster.format.day"), locale);
    }

    String day(LocalDate date) {
        return day.format(date);
    }

    static String time(RosterShift shift) {
        return shift.start() + "–" + shift.end();
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
