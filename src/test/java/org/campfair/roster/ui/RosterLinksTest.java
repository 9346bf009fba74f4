package org.campfair.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import org.campfair.calendar.CalendarRoutes;
import org.junit.jupiter.api.Test;

/** The roster links to the calendar links page by path (calendar sits above roster); it is calendar's route. */
class RosterLinksTest {

    @Test
    void theCalendarLinksPageIsCalendarsOwnRoute() {
        assertThat(RosterLinks.calendars(7)).isEqualTo(CalendarRoutes.calendars(7)).isEqualTo("camps/7/calendars");
    }

    @Test
    void theAfterCampPageIsCampdaysOwnRoute() throws ClassNotFoundException {
        var route = Class.forName("org.campfair.campday.ui.AfterCampView").getAnnotation(Route.class).value();
        assertThat(RosterLinks.afterCamp(7)).isEqualTo(route.replace(":campId", "7"))
                .isEqualTo("camps/7/after-camp");
    }

    @Test
    void theSelfServicePageIsSelfservicesOwnRoute() throws ClassNotFoundException {
        var route = Class.forName("org.campfair.selfservice.ui.SelfServiceView").getAnnotation(Route.class).value();
        assertThat(RosterLinks.selfService(7)).isEqualTo(route.replace(":campId", "7"))
                .isEqualTo("camps/7/self-service");
    }

    @Test
    void linksToLowerFeaturesUseTheirRoutes() {
        assertThat(RosterLinks.participant(7, 42)).isEqualTo("camps/7/participants?participant=42");
        assertThat(RosterLinks.tasks(7)).isEqualTo("camps/7/tasks");
        assertThat(RosterLinks.houses(7)).isEqualTo("camps/7/houses");
        assertThat(RosterLinks.priorities(7)).isEqualTo("camps/7/roster/priorities");
    }
}
