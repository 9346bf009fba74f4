package org.campfair.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.campfair.CampfairIntegrationTest;
import org.campfair.roster.SolveState;
import org.campfair.roster.SolveStatus;
import org.campfair.roster.SolvedCamps;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The roster page while a solve runs: it shows each roster the solve saves, and the score in words. */
@CampfairIntegrationTest
class RosterSolvingViewTest extends RosterPageTest {


    @Test
    @WithUserDetails("organizer")
    void eachRosterARunningSolveSavesReplacesTheOpenSeatsOnThePage() {
        long campId = importSample();
        var view = openRoster(campId);
        view.tabs.setSelectedIndex(1);
        test(view.participant.participant).selectItem("Kuma");
        assertThat(view.participant.hours.getText()).as("nothing solved yet").endsWith(" 0 shifts");

        rosters.solve(campId);
        var saved = SolvedCamps.awaitSolved(rosters, campId, Duration.ofSeconds(180));
        // What the running solve tells the page when it has saved a better roster.
        view.showSavedSoFar(new SolveStatus(campId, SolveState.SOLVING, saved.score(), null, saved.solvedAt(), null,
                Instant.now(), Duration.ofSeconds(30), null));

        assertThat(view.participant.hours.getText()).doesNotEndWith(" 0 shifts");
        assertThat(saved.tally()).as("the saved roster counted in words").isNotNull();
        assertThat(saved.tally().rulesBroken()).isZero();
        assertThat(saved.tally().openSeats()).isZero();
    }
}
