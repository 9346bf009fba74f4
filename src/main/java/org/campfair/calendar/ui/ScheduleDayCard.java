package org.campfair.calendar.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.campfair.roster.PublishedShift;
import org.campfair.shared.i18n.DateFormats;

/**
 * One day of a participant's published schedule as a card: the date with its weekday in the
 * reader's language, then each shift of the day with its time, task, site, lead, what to bring
 * and the task's description. Cards rather than a grid, since a grid of six columns needs
 * sideways scrolling on a phone, where participants read their schedule in the field.
 */
class ScheduleDayCard extends Article {

    final H3 date = new H3();

    ScheduleDayCard(LocalDate day, List<PublishedShift> shifts, DateFormats dates) {
        addClassName("schedule-card");
        date.setText(dates.dayWithYear(day));
        add(date);
        shifts.forEach(shift -> add(shift(shift, dates)));
    }

    private Div shift(PublishedShift shift, DateFormats dates) {
        var heading = new Paragraph(new Span(dates.timeRange(shift.start(), shift.end())), new Span(shift.task()));
        heading.addClassName("schedule-card-task");
        var shown = new Div(heading);
        shown.addClassName("schedule-card-shift");
        shown.add(field("me.column.where", shift.site()));
        if (shift.lead() != null) {
            shown.add(field("me.column.lead", shift.lead()));
        }
        if (!shift.whatToBring().isBlank()) {
            shown.add(field("me.column.bring", shift.whatToBring()));
        }
        if (!shift.description().isBlank()) {
            var description = new Paragraph(shift.description());
            description.addClassName("schedule-card-description");
            shown.add(description);
        }
        return shown;
    }

    private Paragraph field(String label, String value) {
        return new Paragraph(getTranslation("me.card.field", getTranslation(label), value));
    }
}
