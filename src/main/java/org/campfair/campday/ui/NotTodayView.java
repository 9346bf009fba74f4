package org.campfair.campday.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.campfair.campday.CampDayRoutes;
import org.campfair.campday.NotToday;
import org.campfair.campday.NotTodayService;
import org.campfair.roster.SolveAlreadyRunningException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.i18n.DateFormats;

/**
 * A participant's "I can't come today" (or tomorrow), reached from their schedule: one calm
 * page on a phone that says what happens, takes an optional note for the organizers and
 * sends it; or, once said, lets them take it back.
 */
@Route(CampDayRoutes.NOT_TODAY + "/:when(today|tomorrow)")
@RolesAllowed("PARTICIPANT")
class NotTodayView extends DayPage {

    final Paragraph intro = new Paragraph();
    final TextArea note = new TextArea(getTranslation("campday.notToday.note"));
    final Button send = new Button(getTranslation("campday.notToday.send"));
    final Button takeBack = new Button();
    final Paragraph result = new Paragraph();
    final Anchor back = new Anchor("me", getTranslation("campday.notToday.back"));

    private final NotTodayService notToday;
    private final AuthenticationContext authentication;
    private final org.campfair.shared.security.AccountService accounts;
    private long participantId;
    private LocalDate day = LocalDate.MIN;

    NotTodayView(NotTodayService notToday, AuthenticationContext authentication,
            org.campfair.shared.security.AccountService accounts) {
        super("campday.notToday.title");
        this.notToday = notToday;
        this.authentication = authentication;
        this.accounts = accounts;
        setMaxWidth("40rem");
        note.setMaxLength(NotTodayService.MAX_NOTE);
        note.setHelperText(getTranslation("campday.notToday.noteHelp", NotTodayService.MAX_NOTE));
        note.setWidthFull();
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("wrapping-button");
        takeBack.addClassName("wrapping-button");
        result.getElement().setAttribute("role", "status");
        send.addClickListener(click -> say());
        takeBack.addClickListener(click -> takeBack());
    }

    @Override
    void enter(BeforeEnterEvent event) {
        var me = authentication.getPrincipalName().flatMap(accounts::participantOf);
        if (me.isEmpty()) {
            add(new Paragraph(getTranslation("campday.notToday.notAParticipant")), back);
            return;
        }
        participantId = me.get();
        boolean tomorrow = event.getRouteParameters().get("when").filter("tomorrow"::equals).isPresent();
        day = notToday.todayFor(participantId).plusDays(tomorrow ? 1 : 0);
        result.setText("");
        if (notToday.daysSaid(participantId).contains(day)) {
            showSaid();
        } else {
            intro.setText(getTranslation("campday.notToday.intro", day(day)));
            add(intro, note, send, result, back);
        }
    }

    private void say() {
        answer(() -> {
            NotToday said = notToday.say(participantId, day, note.getValue());
            var text = new StringBuilder(getTranslation(switch (said.outcome()) {
                case DAY_AWAY -> "campday.notToday.dayAway";
                case ALREADY_SAID -> "campday.notToday.alreadySaid";
                default -> "campday.notToday.replanning";
            }, day(day)));
            said.started().forEach(shift -> text.append(' ').append(getTranslation("campday.notToday.started",
                    shift.task(), shift.start(), shift.end())));
            showOnly(text.toString());
        });
    }

    private void takeBack() {
        answer(() -> {
            notToday.takeBack(participantId, day);
            showOnly(getTranslation("campday.notToday.takenBack", day(day)));
        });
    }

    /** Makes the change; when it is refused, says why under the form, which stays. */
    private void answer(Runnable change) {
        try {
            change.run();
        } catch (RefusedChangeException e) {
            result.setText(getTranslation(e.messageKey(), e.arguments()));
        } catch (SolveAlreadyRunningException e) {
            result.setText(getTranslation("campday.notToday.solveRunning"));
        }
    }

    /** The outcome alone in place of the form, with the way back. */
    private void showOnly(String outcome) {
        removeAll();
        result.setText(outcome);
        add(title, result, back);
    }

    private void showSaid() {
        intro.setText(getTranslation("campday.notToday.said", day(day)));
        takeBack.setText(getTranslation("campday.notToday.takeBack", day(day)));
        add(intro, takeBack, result, back);
    }

    private String day(LocalDate date) {
        return DateFormats.of(getLocale()).dayWithYear(date);
    }
}
