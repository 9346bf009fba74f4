package org.campfair.roster.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campfair.roster.model.Bed;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Stay;
import org.campfair.roster.model.Volunteer;

/**
 * Beds first fit, as an organizer fills houses: people with room needs first, each into the
 * first bed (houses in order, so few houses open) that suits their needs and room rules and
 * is free for all their nights. Pinned and already assigned stays are kept.
 */
public final class FirstFitBeds {

    private FirstFitBeds() {
    }

    public static void assign(Roster roster) {
        Map<Bed, List<Volunteer>> sleepers = new HashMap<>();
        roster.getStays().stream().filter(stay -> stay.getBed() != null)
                .forEach(stay -> sleepers.computeIfAbsent(stay.getBed(), b -> new ArrayList<>()).add(stay.getVolunteer()));
        var inOrder = roster.getStays().stream()
                .sorted(Comparator.comparing((Stay stay) -> !stay.getVolunteer().needsPrivateRoom())
                        .thenComparing(stay -> !stay.getVolunteer().needsStepFree()))
                .toList();
        for (Stay stay : inOrder) {
            if (stay.getBed() != null || stay.isPinned()) {
                continue;
            }
            Volunteer volunteer = stay.getVolunteer();
            for (Bed bed : roster.getBeds()) {
                var others = sleepers.getOrDefault(bed, List.of());
                if (suits(bed, volunteer) && others.stream().noneMatch(other -> sharesANight(volunteer, other))) {
                    stay.setBed(bed);
                    sleepers.computeIfAbsent(bed, b -> new ArrayList<>()).add(volunteer);
                    break;
                }
            }
        }
    }

    private static boolean suits(Bed bed, Volunteer volunteer) {
        return !(volunteer.needsPrivateRoom() && !bed.isPrivateRoom())
                && !(volunteer.needsStepFree() && !bed.isStepFree())
                && bed.admits(volunteer.getGender());
    }

    /** Nights run from arrival up to departure; a day visit still takes one night. */
    private static boolean sharesANight(Volunteer a, Volunteer b) {
        return a.getArrivesOn().isBefore(nightsEnd(b)) && b.getArrivesOn().isBefore(nightsEnd(a));
    }

    private static LocalDate nightsEnd(Volunteer volunteer) {
        return volunteer.getDepartsOn().isAfter(volunteer.getArrivesOn())
                ? volunteer.getDepartsOn() : volunteer.getArrivesOn().plusDays(1);
    }
}
