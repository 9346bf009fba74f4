package org.campfair.campday.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import org.campfair.CampfairIntegrationTest;
import org.campfair.campday.CheckInService;
import org.campfair.campday.CheckInState;
import org.campfair.campday.RunningShift;
import org.campfair.importing.CampImportService;
import org.campfair.shared.i18n.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** The check-in page on a shift running now, as the demo organizer, the participant and a stranger see it. */
@CampfairIntegrationTest
class ShiftCheckInViewTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    CheckInService checkIns;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("organizer")
    void anOrganizerTapsCameAndAMarkMadeElsewhereMeanwhileIsShownNotErased() {
        var shift = RunningShift.publish(importer, jdbc);
        var view = navigate("check-in/" + shift.shiftId(), ShiftCheckInView.class);
        var hana = (SeatCard) view.seats.getComponentAt(0);
        var mikan = (SeatCard) view.seats.getComponentAt(1);
        assertThat(hana.nickname.getText()).contains("Hana");
        assertThat(hana.current.getText()).isEqualTo(text("campday.checkIn.unmarked"));

        test(hana.buttons.get(CheckInState.CAME)).click();
        assertThat(hana.seat().state()).isEqualTo(CheckInState.CAME);
        assertThat(view.message.getText()).isEqualTo(text("campday.checkIn.saved", "Hana"));

        // The host marks Mikan on their own phone while this page still shows Mikan unmarked.
        checkIns.mark(shift.shiftId(), 1, CheckInState.CAME_LATE, 90, 0);
        test(mikan.buttons.get(CheckInState.DID_NOT_COME)).click();
        assertThat(view.message.getText()).isEqualTo(text("campday.checkIn.stale", "Mikan"));
        assertThat(mikan.seat().state()).as("shows the other mark").isEqualTo(CheckInState.CAME_LATE);
        test(mikan.buttons.get(CheckInState.DID_NOT_COME)).click();
        assertThat(mikan.seat().state()).as("decided again with it in view").isEqualTo(CheckInState.DID_NOT_COME);
    }

    @Test
    @WithUserDetails("organizer")
    void theQrCodePageDrawsTheScanLinkAndLetsAnOrganizerVoidThePrintedCodes() {
        var shift = RunningShift.publish(importer, jdbc);
        var view = navigate("check-in/" + shift.shiftId() + "/code", CheckInCodeView.class);
        var svg = (Html) view.picture.getComponentAt(0);
        assertThat(svg.getElement().getOuterHTML()).startsWith("<svg").contains("<path d=\"M");
        String before = checkIns.code(shift.shiftId());
        test(view.renew).click();
        assertThat(checkIns.code(shift.shiftId())).as("every printed code voided").isNotEqualTo(before);
    }

    @Test
    @WithUserDetails("organizer")
    void todaysListLeadsAnOrganizerToTheRunningShift() {
        var shift = RunningShift.publish(importer, jdbc);
        var view = navigate("check-in", CheckInListView.class);
        var link = view.shifts.getChildren().flatMap(card -> card.getChildren())
                .filter(c -> c instanceof com.vaadin.flow.component.html.Anchor)
                .map(c -> (com.vaadin.flow.component.html.Anchor) c)
                .filter(a -> a.getHref().equals("check-in/" + shift.shiftId())).findFirst();
        assertThat(link).isPresent();
        assertThat(link.get().getText()).contains("Jam making");
        assertThat(view.shifts.getChildren().anyMatch(card -> card.getElement().getTextRecursively()
                .contains(text("campday.list.marked", 0, 2)))).isTrue();
    }

    @Test
    @WithUserDetails("participant")
    void someoneWhoMayNotMarkTheShiftIsToldSoAndSeesNoSeat() {
        var shift = RunningShift.publish(importer, jdbc);
        var view = navigate("check-in/" + shift.shiftId(), ShiftCheckInView.class);
        assertThat(view.seats.getParent()).isEmpty();
        assertThat(view.getChildren().anyMatch(c -> c.getElement().getText().equals(text("campday.checkIn.notYours"))))
                .isTrue();
        var list = navigate("check-in", CheckInListView.class);
        assertThat(list.shifts.getElement().getTextRecursively()).as("leads nothing today")
                .isEqualTo(text("campday.list.none"));
    }

    private String text(String key, Object... arguments) {
        return Translations.text(UI.getCurrent().getLocale(), key, arguments);
    }
}
