package org.campfair.roster.ui;

import org.campfair.housing.HousingRoutes;
import org.campfair.participant.ParticipantRoutes;
import org.campfair.roster.Explanation;
import org.campfair.roster.RosterRoutes;
import org.campfair.roster.solver.Rule;
import org.campfair.task.TaskRoutes;

/** Where an organizer fixes what a reason is about: the participant, the task or the house. */
final class RosterLinks {

    private RosterLinks() {
    }

    static String participant(long campId, long participantId) {
        return ParticipantRoutes.participant(campId, participantId);
    }

    static String tasks(long campId) {
        return TaskRoutes.tasks(campId);
    }

    static String houses(long campId) {
        return HousingRoutes.houses(campId);
    }

    static String priorities(long campId) {
        return RosterRoutes.priorities(campId);
    }

    /**
     * The camp's calendar links page, by path: calendar depends on roster, so importing its
     * route helper here would close a cycle. RosterLinksTest holds it to CalendarRoutes.
     */
    static String calendars(long campId) {
        return "camps/" + campId + "/calendars";
    }

    /**
     * The camp's certificates and confirmed hours, by path: campday depends on roster, so its
     * view cannot be imported here. RosterLinksTest holds the path to the page's route.
     */
    static String afterCamp(long campId) {
        return "camps/" + campId + "/after-camp";
    }

    /**
     * The camp's self-service settings and the list of changes participants made, by path:
     * selfservice depends on roster. RosterLinksTest holds the path to the page's route.
     */
    static String selfService(long campId) {
        return "camps/" + campId + "/self-service";
    }

    /** A soft rule, whose weight the camp may change on its priorities page. */
    static boolean aboutWeighedRule(Explanation reason) {
        return Rule.byConstraintName(reason.constraint()).filter(Rule::weighable).isPresent();
    }

    /** A rule about beds, rooms and houses, whose fix is on the houses page. */
    static boolean aboutHousing(Explanation reason) {
        return Rule.byConstraintName(reason.constraint()).filter(rule -> rule.fix() == Rule.Fix.HOUSING).isPresent();
    }
}
