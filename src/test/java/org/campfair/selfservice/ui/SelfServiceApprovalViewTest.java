package org.campfair.selfservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.selfservice.OpenSeatCamp;
import org.campfair.selfservice.OpenSeatService;
import org.campfair.selfservice.SeatOfferService;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.AccountService;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Organizer approval, waiting lists and the news line, as the pages show them: the organizer
 * switches approval on and approves or declines a waiting give-away; the participant who accepted
 * sees it waiting; a participant joins the waiting list of a full task; the schedule page says
 * what happened to their seats.
 */
@CampfairIntegrationTest
class SelfServiceApprovalViewTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;
    @Autowired
    AccountService accounts;
    @Autowired
    OpenSeatService openSeats;
    @Autowired
    SeatOfferService offers;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("organizer")
    void organizersSwitchApprovalOnAndApproveOrDeclineWaitingChanges() {
        var camp = OpenSeatCamp.publish(importer, rosters, accounts, jdbc);
        var view = navigate("camps/" + camp.campId() + "/self-service", SelfServiceView.class);
        assertThat(view.approval.getValue()).isFalse();
        assertThat(view.waitingLists.getValue()).isTrue();
        assertThat(view.waitingHours.getValue()).isEqualTo(12);
        view.approval.setValue(true);
        view.waitingHours.setValue(6);
        test(view.save).click();
        assertThat(view.message.getText()).isEqualTo(text("selfService.saved"));
        assertThat(openSeats.settings(camp.campId()).approval()).isTrue();
        assertThat(openSeats.settings(camp.campId()).waitingOfferMinutes()).isEqualTo(360);

        var offer = SignIn.as(camp.mikanAccount(), Role.PARTICIPANT, () -> offers.offer(camp.mikan(), camp.firstJam()));
        SignIn.as(camp.hanaAccount(), Role.PARTICIPANT, () -> offers.accept(camp.hana(), offer.id()));
        view = navigate("camps/" + camp.campId() + "/self-service", SelfServiceView.class);
        var pending = view.pending;
        assertThat(pending.changes.getElement().getTextRecursively()).contains("Hana").contains("Mikan")
                .contains("Jam making");

        test(button(pending.changes, text("selfService.pending.decline"))).click();
        assertThat(pending.message.getText()).isEqualTo(text("selfService.pending.declined", "Hana", "Jam making"));
        assertThat(pending.changes.getElement().getTextRecursively()).contains(text("selfService.pending.none"));
        assertThat(holder(camp.firstJam())).isEqualTo(camp.mikan());

        var again = SignIn.as(camp.mikanAccount(), Role.PARTICIPANT, () -> offers.offer(camp.mikan(), camp.firstJam()));
        SignIn.as(camp.hanaAccount(), Role.PARTICIPANT, () -> offers.accept(camp.hana(), again.id()));
        pending.show();
        test(button(pending.changes, text("selfService.pending.approve"))).click();
        assertThat(pending.message.getText()).isEqualTo(text("selfService.pending.approved", "Hana", "Jam making"));
        assertThat(holder(camp.firstJam())).isEqualTo(camp.hana());
        assertThat(view.activity.getElement().getTextRecursively()).contains("Hana").contains("Jam making");
    }

    @Test
    @WithUserDetails("participant")
    void theTakerSeesTheirChangeWaitingAndTheScheduleSaysWhatHappened() {
        var camp = OpenSeatCamp.publish(importer, rosters, accounts, jdbc);
        var settings = SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.settings(camp.campId()));
        SignIn.as("organizer", Role.ORGANIZER, () -> openSeats.save(settings.withApproval(true)));
        var offer = SignIn.as(camp.mikanAccount(), Role.PARTICIPANT, () -> offers.offer(camp.mikan(), camp.firstJam()));
        jdbc.sql("update app_user set participant_id = ? where username = 'participant'").param(camp.hana()).update();

        var page = navigate("me/open-seats", OpenSeatsView.class);
        test(button(page.giveAways.offers, text("openSeats.take"))).click();
        roundTrip();
        test(page.dialog.confirm).click();
        assertThat(page.message.getText()).isEqualTo(text("offers.waitingForApproval"));
        assertThat(page.giveAways.offers.getElement().getTextRecursively()).contains(text("offers.askedWaiting"));
        assertThat(holder(camp.firstJam())).isEqualTo(camp.mikan());

        long offerId = offer.id();
        SignIn.as("organizer", Role.ORGANIZER, () -> offers.approve(camp.campId(), offerId));
        UI.getCurrent().navigate("me");
        var news = $(SelfServiceNews.class).single();
        assertThat(news.isVisible()).isTrue();
        assertThat(news.lines.getElement().getTextRecursively()).contains("Jam making").contains("Mikan");
    }

    @Test
    @WithUserDetails("participant")
    void aParticipantJoinsTheWaitingListOfAFullTaskAndSeesTheirPlace() {
        var camp = OpenSeatCamp.publish(importer, rosters, accounts, jdbc);
        camp.fillEveryJamSeat(jdbc);
        SignIn.as("organizer", Role.ORGANIZER, () -> rosters.publish(camp.campId()));
        jdbc.sql("update app_user set participant_id = ? where username = 'participant'").param(camp.hana()).update();

        var page = navigate("me/open-seats", OpenSeatsView.class);
        var panel = page.waitingLists;
        assertThat(panel.joinable.getElement().getTextRecursively()).contains("Jam making");
        test(button(panel.joinable, text("waitingList.join"))).click();
        assertThat(page.message.getText()).isEqualTo(text("waitingList.joined", "Jam making"));
        assertThat(panel.lists.getElement().getTextRecursively()).contains(text("waitingList.position", 1, 1));
        test(button(panel.lists, text("waitingList.leave"))).click();
        assertThat(page.message.getText()).isEqualTo(text("waitingList.left", "Jam making"));
        assertThat(panel.lists.getComponentCount()).isZero();
    }

    private long holder(long shiftId) {
        return jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = 0").param(shiftId)
                .query(Long.class).single();
    }

    private static Button button(Div cards, String text) {
        List<Button> buttons = cards.getChildren().flatMap(card -> card.getChildren())
                .filter(Button.class::isInstance).map(Button.class::cast).toList();
        return buttons.stream().filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }

    private String text(String key, Object... arguments) {
        return Translations.text(UI.getCurrent().getLocale(), key, arguments);
    }
}
