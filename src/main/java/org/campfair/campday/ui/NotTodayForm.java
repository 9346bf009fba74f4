package org.campfair.campday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Comparator;
import org.campfair.campday.NotToday;
import org.campfair.campday.NotTodayService;
import org.campfair.participant.Participant;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.RosterRoutes;
import org.campfair.roster.SolveAlreadyRunningException;
import org.campfair.shared.RefusedChangeException;

/**
 * An organizer says "not today" for someone (a phone call, a word at breakfast), for the
 * camp's today or tomorrow, with a note; and chooses whether such re-plans may be published
 * by themselves when they change nobody else's day.
 */
class NotTodayForm extends VerticalLayout {

    final H2 heading = new H2(getTranslation("campday.notToday.forSomeone"));
    final ComboBox<Participant> who = new ComboBox<>(getTranslation("campday.notToday.who"));
    final Select<LocalDate> day = new Select<>();
    final TextArea note = new TextArea(getTranslation("campday.notToday.note"));
    final Button say = new Button(getTranslation("campday.notToday.send"));
    final Paragraph result = new Paragraph();
    /** To the roster, whose Changes tab shows the re-plan for publishing. */
    final Anchor roster = new Anchor();
    final Checkbox publishAlone = new Checkbox(getTranslation("campday.notToday.publishAlone"));

    private final NotTodayService notToday;

    NotTodayForm(NotTodayService notToday, ParticipantService participants, long campId, LocalDate today) {
        this.notToday = notToday;
        setPadding(false);
        who.setItems(participants.listByCamp(campId).stream()
                .sorted(Comparator.comparing(Participant::nickname, String.CASE_INSENSITIVE_ORDER)).toList());
        who.setItemLabelGenerator(Participant::nickname);
        who.setWidthFull();
        day.setLabel(getTranslation("campday.notToday.day"));
        day.setItems(today, today.plusDays(1));
        day.setItemLabelGenerator(d -> getTranslation(d.equals(today) ? "campday.notToday.todayOption"
                : "campday.notToday.tomorrowOption", d));
        day.setValue(today);
        note.setMaxLength(NotTodayService.MAX_NOTE);
        note.setWidthFull();
        say.addClassName("wrapping-button");
        result.getElement().setAttribute("role", "status");
        publishAlone.setValue(notToday.publishesAlone(campId));
        publishAlone.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                notToday.publishAlone(campId, change.getValue());
            }
        });
        say.addClickListener(click -> say());
        roster.setHref(RosterRoutes.roster(campId));
        roster.setText(getTranslation("campday.notToday.openRoster"));
        add(heading, who, day, note, say, result, roster, publishAlone);
    }

    private void say() {
        var person = who.getValue();
        if (person == null || day.getValue() == null) {
            result.setText(getTranslation("campday.notToday.chooseWho"));
            return;
        }
        try {
            NotToday said = notToday.say(person.id(), day.getValue(), note.getValue());
            var text = new StringBuilder(getTranslation(switch (said.outcome()) {
                case DAY_AWAY -> "campday.notToday.notedDayAway";
                case ALREADY_SAID -> "campday.notToday.alreadyNoted";
                default -> "campday.notToday.noted";
            }, person.nickname(), said.day()));
            said.started().forEach(shift -> text.append(' ').append(getTranslation("campday.notToday.startedFor",
                    shift.task(), shift.start(), shift.end(), person.nickname())));
            result.setText(text.toString());
            note.clear();
        } catch (RefusedChangeException e) {
            result.setText(getTranslation(e.messageKey(), e.arguments()));
        } catch (SolveAlreadyRunningException e) {
            result.setText(getTranslation("campday.notToday.solveRunning"));
        }
    }
}
