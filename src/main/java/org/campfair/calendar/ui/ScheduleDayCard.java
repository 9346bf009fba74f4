package org.campfair.calendar.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campfair.campday.CampDayRoutes;
import org.campfair.campday.OwnSeat;
import org.campfair.roster.PublishedShift;
import org.campfair.shared.i18n.DateFormats;
import org.jspecify.annotations.Nullable;

/**
 * One day of a participant's published schedule as a card: the date with its weekday in the
 * reader's language, then each shift of the day with its time, task, site, lead, what to bring
 * and the task's description. Once a shift is marked at check-in, its planned and confirmed
 * hours stand side by side with what was marked, in calm words; a shift the participant leads
 * says so and links to its check-in page. Cards rather than a grid, since a grid of six
 * columns needs sideways scrolling on a phone, where participants read their schedule in the
 * field.
 */
class ScheduleDayCard extends Article {

    final H3 date = new H3();
    /** The check-in pages of the shifts the participant leads, in the card's order. */
    final List<Anchor> checkInLinks = new ArrayList<>();

    /**
     * @param own the participant's own seats by shift id (from check-in), for marks and leads
     * @param nickname the participant's, so the card does not name them as someone else's lead
     */
    ScheduleDayCard(LocalDate day, List<PublishedShift> shifts, DateFormats dates, Map<Long, OwnSeat> own,
            String nickname) {
        addClassName("schedule-card");
        date.setText(dates.dayWithYear(day));
        add(date);
        shifts.forEach(shift -> add(shift(shift, dates, own.get(shift.shiftId()), nickname)));
    }

    private Div shift(PublishedShift shift, DateFormats dates, @Nullable OwnSeat own, String nickname) {
        var heading = new Paragraph(new Span(dates.timeRange(shift.start(), shift.end())), new Span(shift.task()));
        heading.addClassName("schedule-card-task");
        var shown = new Div(heading);
        shown.addClassName("schedule-card-shift");
        shown.add(field("me.column.where", shift.site()));
        boolean leading = own != null && own.lead();
        if (shift.lead() != null && !(leading && shift.lead().equals(nickname))) {
            shown.add(field("me.column.lead", shift.lead()));
        }
        if (leading) {
            shown.add(leading(shift));
        }
        if (!shift.whatToBring().isBlank()) {
            shown.add(field("me.column.bring", shift.whatToBring()));
        }
        if (!shift.description().isBlank()) {
            var description = new Paragraph(shift.description());
            description.addClassName("schedule-card-description");
            shown.add(description);
        }
        if (own != null && own.state() != null) {
            shown.add(checkIn(own));
        }
        return shown;
    }

    /** "You lead this shift", with the way to check in its people. */
    private Paragraph leading(PublishedShift shift) {
        var link = new Anchor(CampDayRoutes.shiftCheckIn(shift.shiftId()), getTranslation("me.card.checkInLink"));
        checkInLinks.add(link);
        var lead = new Paragraph(new Span(getTranslation("me.card.youLead") + " "), link);
        lead.addClassName("schedule-card-lead");
        return lead;
    }

    /** What was marked at check-in, and the planned hours beside the confirmed ones. */
    private Paragraph checkIn(OwnSeat own) {
        var hours = NumberFormat.getNumberInstance(getLocale());
        hours.setMaximumFractionDigits(1);
        String state = switch (own.state()) {
            case CAME -> "me.card.state.CAME";
            case CAME_LATE -> "me.card.state.CAME_LATE";
            case LEFT_EARLY -> "me.card.state.LEFT_EARLY";
            case DID_NOT_COME -> "me.card.state.DID_NOT_COME";
        };
        var marked = new Paragraph(getTranslation("me.card.checkIn", getTranslation(state),
                hours.format(own.plannedMinutes() / 60.0), hours.format(own.confirmedMinutes() / 60.0)));
        marked.addClassName("schedule-card-check-in");
        return marked;
    }

    private Paragraph field(String label, String value) {
        return new Paragraph(getTranslation("me.card.field", getTranslation(label), value));
    }
}
