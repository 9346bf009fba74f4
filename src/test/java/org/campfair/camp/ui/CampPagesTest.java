package org.campfair.camp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import org.campfair.housing.HousingRoutes;
import org.campfair.participant.ParticipantRoutes;
import org.campfair.roster.RosterRoutes;
import org.campfair.task.TaskRoutes;
import org.junit.jupiter.api.Test;

/** Camp links to the pages of features above it by path; each path is the one its feature serves. */
class CampPagesTest {

    @Test
    void eachPageIsTheRouteOfTheFeatureThatServesIt() {
        assertThat(CampPages.TASKS).isEqualTo(TaskRoutes.TASKS);
        assertThat(CampPages.HOUSES).isEqualTo(HousingRoutes.HOUSES);
        assertThat(CampPages.PARTICIPANTS).isEqualTo(ParticipantRoutes.PARTICIPANTS);
        assertThat(CampPages.ROSTER).isEqualTo(RosterRoutes.ROSTER);
        assertThat(CampPages.PRIORITIES).isEqualTo(RosterRoutes.PRIORITIES);
    }

    @Test
    void selfServiceAndAfterCampAreTheRoutesOfTheirPages() throws ClassNotFoundException {
        assertThat(CampPages.SELF_SERVICE).isEqualTo(route("org.campfair.selfservice.ui.SelfServiceView"));
        assertThat(CampPages.AFTER_CAMP).isEqualTo(route("org.campfair.campday.ui.AfterCampView"));
    }

    /** By name: the views are package-private in features camp must not import. */
    private static String route(String view) throws ClassNotFoundException {
        return Class.forName(view).getAnnotation(Route.class).value();
    }

    @Test
    void aPageOfOneCampNamesTheCamp() {
        assertThat(CampPages.of(CampPages.ROSTER, 7)).isEqualTo("camps/7/roster").isEqualTo(RosterRoutes.roster(7));
        assertThat(CampPages.of(CampPages.TASKS, 12)).isEqualTo(TaskRoutes.tasks(12));
    }
}
