package org.campfair.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.campfair.CampfairIntegrationTest;
import org.campfair.roster.SolvedCamps;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Publishing from the roster page: asked first with a summary, then shown as the page's state. */
@CampfairIntegrationTest
class RosterPublicationViewTest extends RosterPageTest {


    @Test
    @WithUserDetails("organizer")
    void theFirstPublicationIsConfirmedWithHowManyPeopleThenShownWithWhenAndWho() {
        long campId = importSample();
        rosters.solve(campId);
        SolvedCamps.awaitSolved(rosters, campId, Duration.ofSeconds(180));
        var view = openRoster(campId);
        assertThat(view.publication.getText()).startsWith("Not published yet");
        view.tabs.setSelectedIndex(6);
        assertThat(view.changes.grid.isVisible()).isFalse();
        assertThat(view.changes.empty.getText()).startsWith("Nothing published yet").contains("press Publish");

        test(view.actions.publish).click();

        roundTrip();
        assertThat(view.publication.confirmation.isOpened()).isTrue();
        assertThat(view.publication.confirmation.getElement().getProperty("message"))
                .startsWith("This is the first publication: 40 people will see their shifts and bed");
        test(view.publication.confirmation).cancel();
        assertThat(rosters.publication(campId).published()).as("nothing is sent when the organizer cancels").isFalse();

        test(view.actions.publish).click();

        roundTrip();
        test(view.publication.confirmation).confirm();

        var state = rosters.publication(campId);
        assertThat(state.published()).isTrue();
        assertThat(state.publishedBy()).isEqualTo("organizer");
        assertThat(state.changes()).isZero();
        assertThat(view.publication.getText()).matches(
                "Published on \\w{3} \\d{1,2} \\w{3}, \\d\\d:\\d\\d by organizer\\. Participants see this roster\\.");
        assertThat(view.changes.empty.getText()).startsWith("No changes since the last publication");
    }

    @Test
    @WithUserDetails("organizer")
    void theParticipantTabSaysWhatToDoBeforeAPick() {
        long campId = solvedSample();
        var view = openRoster(campId);

        view.tabs.setSelectedIndex(1);

        assertThat(view.participant.pick.isVisible()).isTrue();
        assertThat(view.participant.pick.getText()).startsWith("Pick a participant above to see their shifts");
        assertThat(view.participant.days.isVisible()).isFalse();
        test(view.participant.participant).selectItem("Kuma");
        assertThat(view.participant.pick.isVisible()).isFalse();
        assertThat(view.participant.days.isVisible()).isTrue();
    }
}
