package org.campfair.roster.ui;

import org.campfair.roster.Explanation;
import org.campfair.roster.solver.Rule;

/** Where an organizer fixes what a reason is about: the participant, the task or the house. */
final class RosterLinks {

    private RosterLinks() {
    }

    static String participant(long campId, long participantId) {
        return "camps/" + campId + "/participants?participant=" + participantId;
    }

    static String tasks(long campId) {
        return "camps/" + campId + "/tasks";
    }

    static String houses(long campId) {
        return "camps/" + campId + "/houses";
    }

    static String priorities(long campId) {
        return "camps/" + campId + "/roster/priorities";
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
