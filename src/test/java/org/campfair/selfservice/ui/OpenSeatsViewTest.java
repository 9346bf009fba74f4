package org.campfair.selfservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.campfair.CampfairIntegrationTest;
import org.campfair.roster.RosterService;
import org.campfair.selfservice.OpenSeatCamp;
import org.campfair.selfservice.OpenSeatCamps;
import org.campfair.selfservice.OpenSeatService;
import org.campfair.shared.i18n.Translations;
import org.campfair.shared.security.Role;
import org.campfair.shared.security.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The open-seats page as the demo participant (linked to Mikan of a fresh camp) sees it, and
 * the organizers' self-service page after she took a seat.
 */
@CampfairIntegrationTest
class OpenSeatsViewTest extends SpringBrowserlessTest {

    @Autowired
    OpenSeatCamps openSeatCamps;
    @Autowired
    RosterService rosters;
    @Autowired
    OpenSeatService openSeats;
    @Autowired
    org.campfair.selfservice.SeatOfferService offers;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("participant")
    void aParticipantTakesASeatWithOneTapAndAConfirmationAndIsToldWhenSomeoneWasQuicker() {
        var camp = linkedCamp();
        var view = navigate("me/open-seats", OpenSeatsView.class);
        var cards = cards(view);
        assertThat(cards).isNotEmpty();
        assertThat(cards.getFirst().seat().required()).as("needed seats first").isTrue();
        var shown = view.shown.seats();
        assertThat(view.hours.getText()).isEqualTo(text("openSeats.hours", 3.0 / 14, shown.fairShare(), 1.0));

        var jam = cards.stream().filter(card -> card.seat().task().equals("Jam making")).findFirst().orElseThrow();
        test(jam.take).click();
        roundTrip();
        assertThat(view.dialog).isNotNull();
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.hours.getText()).startsWith(text("openSeats.confirm.hours", 3.0 / 14,
                jam.seat().hoursPerDayAfter(), shown.fairShare(), jam.seat().fairShareAfter()));
        test(view.dialog.confirm).click();
        assertThat(view.message.getText()).contains("Jam making");
        assertThat(view.mine.getComponentCount()).isEqualTo(1);
        assertThat(cards(view)).noneMatch(card -> card.seat().shiftId() == jam.seat().shiftId());

        // Hana takes the last seat of a shift while Mikan's confirmation is open.
        var peel = cards(view).stream().filter(card -> card.seat().task().equals("Peel drying")).findFirst().orElseThrow();
        long shift = peel.seat().shiftId();
        test(peel.take).click();
        roundTrip();
        var confirmation = view.dialog;
        int max = jdbc.sql("select max_headcount from shift where id = ?").param(shift).query(Integer.class).single();
        List<Long> others = jdbc.sql("""
                select id from participant where camp_id = ? and nickname not in ('Mikan', 'Hana') order by id limit 10""")
                .param(camp.campId()).query(Long.class).list();
        for (int seat = 0; seat < max - 1; seat++) {
            jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, ?, ?) on conflict do nothing")
                    .params(shift, seat, others.get(seat)).update();
        }
        SignIn.as(camp.hanaAccount(), Role.PARTICIPANT, () -> openSeats.take(camp.hana(), shift));
        test(confirmation.confirm).click();
        assertThat(view.message.getText()).isEqualTo(text("openSeats.refused.taken"));
        assertThat(cards(view)).noneMatch(card -> card.seat().shiftId() == shift);

    }

    @Test
    @WithUserDetails("organizer")
    void organizersSwitchOpenSeatsAndSeeEveryChangeParticipantsMade() {
        var camp = openSeatCamps.publish();
        long jam = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 3);
        SignIn.as(camp.mikanAccount(), Role.PARTICIPANT, () -> openSeats.take(camp.mikan(), jam));
        var view = navigate("camps/" + camp.campId() + "/self-service", SelfServiceView.class);
        assertThat(view.activity.getElement().getTextRecursively()).contains("Mikan").contains("Jam making");
        assertThat(view.openSeats.getValue()).isTrue();

        view.openSeats.setValue(false);
        view.cap.setValue(900);
        test(view.save).click();
        assertThat(view.message.getText()).isEqualTo(text("selfService.settings.capRange", 720));
        view.cap.setValue(30);
        test(view.save).click();
        assertThat(view.message.getText()).isEqualTo(text("selfService.saved"));
        var saved = openSeats.settings(camp.campId());
        assertThat(saved.openSeats()).isFalse();
        assertThat(saved.maxExtraMinutesPerDay()).isEqualTo(30);
    }

    @Test
    @WithUserDetails("participant")
    void aParticipantTakesASeatSomeoneGivesAwayAndGivesAwayOneOfTheirOwn() {
        var camp = openSeatCamps.publish();
        jdbc.sql("update app_user set participant_id = ? where username = 'participant'").param(camp.hana()).update();
        SignIn.as(camp.mikanAccount(), Role.PARTICIPANT, () -> offers.offer(camp.mikan(), camp.firstJam()));
        var view = navigate("me/open-seats", OpenSeatsView.class);
        var panel = view.giveAways;
        assertThat(panel.offers.getElement().getTextRecursively()).contains("Mikan").contains("Jam making");
        test(button(panel.offers)).click();
        roundTrip();
        assertThat(view.dialog.isOpened()).isTrue();
        test(view.dialog.confirm).click();
        assertThat(view.message.getText()).isEqualTo(text("offers.taken"));
        assertThat(jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = 0")
                .param(camp.firstJam()).query(Long.class).single()).isEqualTo(camp.hana());

        assertThat(panel.mine.getElement().getTextRecursively()).contains("Jam making");
        test(button(panel.mine)).click();
        assertThat(view.message.getText()).isEqualTo(text("offers.offered"));
        assertThat(button(panel.mine).getText()).isEqualTo(text("offers.withdraw"));
        test(button(panel.mine)).click();
        assertThat(view.message.getText()).isEqualTo(text("offers.withdrawn"));
    }

    @Test
    @WithUserDetails("participant")
    void aParticipantAcceptsASwapByChoosingWhichOfTheirSeatsToGive() {
        var camp = openSeatCamps.publish();
        long hanasJam = swapOffered(camp);
        jdbc.sql("update app_user set participant_id = ? where username = 'participant'").param(camp.hana()).update();
        var view = navigate("me/open-seats", OpenSeatsView.class);
        var panel = view.giveAways;
        assertThat(panel.offers.getElement().getTextRecursively()).contains(text("offers.swapFrom", "Jam making", "Mikan"));
        var giveJam = button(panel.offers);
        assertThat(giveJam.getClassNames()).contains("swap-for");
        assertThat(giveJam.getText()).contains("Jam making");
        test(giveJam).click();
        roundTrip();
        assertThat(view.dialog.isOpened()).isTrue();
        test(view.dialog.confirm).click();
        assertThat(view.message.getText()).isEqualTo(text("offers.swapped"));
        assertThat(jdbc.sql("select participant_id from seat_assignment where shift_id = ? and seat = 0")
                .param(hanasJam).query(Long.class).single()).isEqualTo(camp.mikan());

        // Her own shifts can be given away or offered as a swap.
        var offerSwap = buttons(panel.mine).stream().filter(b -> b.getText().equals(text("offers.offerSwap"))).findFirst()
                .orElseThrow();
        test(offerSwap).click();
        assertThat(view.message.getText()).isEqualTo(text("offers.offeredSwap"));
    }

    @Test
    @WithUserDetails("organizer")
    void organizersSwitchSwapsAndSeeThemInTheActivityList() {
        var camp = openSeatCamps.publish();
        long hanasJam = swapOffered(camp);
        long offerId = jdbc.sql("select id from seat_offer where camp_id = ?").param(camp.campId()).query(Long.class)
                .single();
        SignIn.as(camp.hanaAccount(), Role.PARTICIPANT, () -> offers.accept(camp.hana(), offerId, hanasJam));
        var view = navigate("camps/" + camp.campId() + "/self-service", SelfServiceView.class);
        var rows = view.activity.getChildren().map(row -> row.getElement().getTextRecursively()).toList();
        assertThat(rows).as("one row per person of the swap").hasSize(2)
                .allMatch(row -> row.contains("Hana") && row.contains("Mikan") && row.contains("Jam making"));
        assertThat(view.swaps.getValue()).isTrue();
        view.swaps.setValue(false);
        test(view.save).click();
        assertThat(openSeats.settings(camp.campId()).swaps()).isFalse();
    }

    /**
     * On a phone her own shifts and the offers for her come many screens below the open seats:
     * links at the top reach each part, with how much it holds, and land on its heading; the
     * headings go down one level at a time.
     */
    @Test
    @WithUserDetails("participant")
    void linksAtTheTopReachEachPartOfThePageWithHowMuchItHolds() {
        var camp = openSeatCamps.publish();
        swapOffered(camp);
        jdbc.sql("update app_user set participant_id = ? where username = 'participant'").param(camp.hana()).update();
        var view = navigate("me/open-seats", OpenSeatsView.class);

        assertThat(view.getChildren().toList().indexOf(view.sections)).as("right below the title and intro")
                .isEqualTo(2);
        assertThat(view.sections.getElement().getAttribute("aria-label")).isEqualTo(text("openSeats.sections"));
        var links = view.sections.links.getChildren().map(item -> (Anchor) item.getChildren().findFirst().orElseThrow())
                .toList();
        assertThat(links).extracting(Anchor::getText).containsExactly(
                text("openSeats.sections.seats", view.shown.seats().seats().size()),
                text("openSeats.sections.offers", 1), text("openSeats.sections.shifts", 1));
        var headings = headings(view);
        for (var link : links) {
            String id = link.getHref().substring(1);
            assertThat(headings).as("the heading %s links to", id)
                    .anySatisfy(heading -> {
                        assertThat(heading.getAttribute("id")).isEqualTo(id);
                        assertThat(heading.getAttribute("tabindex")).isEqualTo("-1");
                        assertThat(heading.isVisible()).isTrue();
                    });
        }
        assertThat(headings.stream().filter(heading -> heading.getAttribute("id") != null)
                .map(heading -> heading.getText()).toList()).containsExactly(text("openSeats.seats.title"),
                        text("offers.title"), text("offers.mine"));
        assertThat(view.waitingLists.isVisible()).as("no list to show, so no link to it").isFalse();
        int level = 1;
        for (var heading : headings) {
            int next = Integer.parseInt(heading.getTag().substring(1));
            assertThat(next).as("%s after a level-%d heading", heading.getText(), level).isLessThanOrEqualTo(level + 1);
            level = next;
        }
    }

    /** The page's visible headings in page order. */
    private static List<com.vaadin.flow.dom.Element> headings(OpenSeatsView view) {
        var found = new java.util.ArrayList<com.vaadin.flow.dom.Element>();
        collectHeadings(view.getElement(), found);
        return found;
    }

    private static void collectHeadings(com.vaadin.flow.dom.Element element, List<com.vaadin.flow.dom.Element> found) {
        if (element.isTextNode() || !element.isVisible()) {
            return;
        }
        if (element.getTag().matches("h[1-6]")) {
            found.add(element);
        }
        element.getChildren().forEach(child -> collectHeadings(child, found));
    }

    /**
     * Hana holds a later jam-making seat, published, so she has something to give; Mikan offers
     * her first jam-making seat as a swap. Returns Hana's jam-making shift.
     */
    private long swapOffered(OpenSeatCamp camp) {
        long jam = OpenSeatCamp.shift(jdbc, camp.campId(), "Jam making", 2);
        jdbc.sql("insert into seat_assignment (shift_id, seat, participant_id) values (?, 0, ?)")
                .params(jam, camp.hana()).update();
        SignIn.as("organizer", Role.ORGANIZER, () -> rosters.publish(camp.campId()));
        SignIn.as(camp.mikanAccount(), Role.PARTICIPANT,
                () -> offers.offer(camp.mikan(), camp.firstJam(), org.campfair.selfservice.SeatOffer.Kind.SWAP));
        return jam;
    }

    private static com.vaadin.flow.component.button.Button button(com.vaadin.flow.component.html.Div cards) {
        return buttons(cards).getFirst();
    }

    private static List<com.vaadin.flow.component.button.Button> buttons(com.vaadin.flow.component.html.Div cards) {
        return cards.getChildren().flatMap(card -> card.getChildren())
                .filter(com.vaadin.flow.component.button.Button.class::isInstance)
                .map(com.vaadin.flow.component.button.Button.class::cast).toList();
    }

    private OpenSeatCamp linkedCamp() {
        var camp = openSeatCamps.publish();
        jdbc.sql("update app_user set participant_id = ? where username = 'participant'").param(camp.mikan()).update();
        return camp;
    }

    private static List<SeatCard> cards(OpenSeatsView view) {
        return view.seats.getChildren().filter(SeatCard.class::isInstance).map(SeatCard.class::cast).toList();
    }

    private String text(String key, Object... arguments) {
        return Translations.text(UI.getCurrent().getLocale(), key, arguments);
    }
}
