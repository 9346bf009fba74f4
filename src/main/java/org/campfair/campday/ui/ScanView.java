package org.campfair.campday.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.campfair.campday.CheckInService;
import org.campfair.campday.CheckInState;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;

/**
 * Where a shift's QR code leads: the participant (signed in first, if need be) is checked in to
 * their seat and thanked, or told plainly why not. Opening it again changes nothing.
 */
@Route(value = "scan/:shiftId/:code")
@RolesAllowed("PARTICIPANT")
class ScanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1(getTranslation("campday.scan.title"));
    final Paragraph result = new Paragraph();

    private final CheckInService checkIns;

    ScanView(CheckInService checkIns) {
        this.checkIns = checkIns;
        setMaxWidth("40rem");
        result.getElement().setAttribute("role", "status");
        add(title, result, new Anchor("me", getTranslation("campday.scan.schedule")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campday.scan.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getRouteParameters();
        try {
            long shiftId = parameters.getLong("shiftId").orElseThrow(() -> new NotFoundException("Shift", 0));
            var seat = checkIns.checkInWithCode(shiftId, parameters.get("code").orElse(""));
            result.setText(getTranslation(seat.state() == CheckInState.DID_NOT_COME ? "campday.scan.markedAbsent"
                    : "campday.scan.done", seat.confirmedMinutes()));
        } catch (RefusedChangeException e) {
            result.setText(getTranslation(e.messageKey(), e.arguments()));
        } catch (NotFoundException e) {
            result.setText(getTranslation("campday.code.wrong"));
        }
    }
}
