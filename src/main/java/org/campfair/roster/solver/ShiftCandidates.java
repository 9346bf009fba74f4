package org.campfair.roster.solver;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;

/**
 * A roster's volunteers by their index in {@link Roster#getVolunteers()}, and for each shift the
 * indexes of those who could take it by skills and availability ({@link Eligibility#canTake}).
 * Built once per phase by the move factories that draw their own moves ({@link FairnessMoves},
 * {@link RestDayMoves}): none of it changes while the phase runs.
 */
final class ShiftCandidates {

    static final ShiftCandidates NONE = new ShiftCandidates(Map.of(), Map.of());
    private static final int[] NOBODY = {};

    private final Map<Volunteer, Integer> indexOf;
    private final Map<Shift, int[]> eligible;

    private ShiftCandidates(Map<Volunteer, Integer> indexOf, Map<Shift, int[]> eligible) {
        this.indexOf = indexOf;
        this.eligible = eligible;
    }

    static ShiftCandidates of(Roster roster) {
        List<Volunteer> volunteers = roster.getVolunteers();
        Map<Volunteer, Integer> indexOf = new IdentityHashMap<>();
        for (int i = 0; i < volunteers.size(); i++) {
            indexOf.put(volunteers.get(i), i);
        }
        Map<Shift, int[]> eligible = new IdentityHashMap<>();
        for (Shift shift : roster.getShifts()) {
            eligible.put(shift, IntStream.range(0, volunteers.size())
                    .filter(i -> Eligibility.canTake(volunteers.get(i), shift)).toArray());
        }
        return new ShiftCandidates(indexOf, eligible);
    }

    /** The volunteer's index; null for one not in the roster. */
    @Nullable Integer indexOf(@Nullable Volunteer volunteer) {
        return volunteer == null ? null : indexOf.get(volunteer);
    }

    /** The indexes of the volunteers who could take the shift. */
    int[] of(Shift shift) {
        return eligible.getOrDefault(shift, NOBODY);
    }
}
