package org.campfair.campday.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campfair.camp.CampRoutes;
import org.campfair.campday.NotTodayService;
import org.campfair.campday.TodayService;
import org.campfair.participant.ParticipantService;
import org.campfair.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * An organizer's board of the camp's day ({@code camps/{id}/today}), with a day sheet to print
 * per host village, and where an organizer says "not today" for someone.
 */
@Route(CampRoutes.TODAY)
@RolesAllowed("ORGANIZER")
class CampTodayView extends DayPage {

    final TodayBoardPanel board;
    final Div sheets = new Div();
    /** Where an organizer says "not today" for someone; made per camp on entering. */
    @Nullable NotTodayForm sayNotToday;

    private final TodayService today;
    private final NotTodayService notToday;
    private final ParticipantService participants;

    CampTodayView(TodayService today, BoardUpdates updates, NotTodayService notToday,
            ParticipantService participants) {
        super("campday.today.title");
        this.today = today;
        this.notToday = notToday;
        this.participants = participants;
        this.board = new TodayBoardPanel(updates);
        setMaxWidth("40rem");
    }

    @Override
    void enter(BeforeEnterEvent event) {
        try {
            long campId = CampRoutes.campIdOf(event);
            board.follow(campId, () -> today.board(campId));
            sheets.removeAll();
            today.villages(campId).forEach((id, village) -> sheets.add(new Div(new Anchor(
                    "camps/" + campId + "/today/print?village=" + id, getTranslation("campday.today.printOf", village)))));
            sayNotToday = new NotTodayForm(notToday, participants, campId, notToday.campToday(campId));
            add(board, sheets, new Anchor("check-in", getTranslation("campday.today.checkIn")), sayNotToday);
        } catch (NotFoundException | AccessDeniedException e) {
            add(new Paragraph(getTranslation("campday.today.notYours")));
        }
    }
}
