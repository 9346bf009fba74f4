package org.campfair.roster;

import java.time.LocalDate;
import java.util.List;

/** One bed of a house and who sleeps in it, for the house's night-by-night view. */
public record BedNights(long bedId, String room, String bed, List<Sleeper> sleepers) {

    public BedNights {
        sleepers = List.copyOf(sleepers);
    }

    /** Who sleeps in this bed on the night that starts on {@code night}; more than one is a clash. */
    public List<Sleeper> on(LocalDate night) {
        return sleepers.stream().filter(s -> s.sleepsOn(night)).toList();
    }

    /** A participant's stay in the bed: the nights from arrival up to departure (a day visit counts one night). */
    public record Sleeper(long participantId, String nickname, LocalDate arrivesOn, LocalDate departsOn,
            boolean pinned) {

        public boolean sleepsOn(LocalDate night) {
            LocalDate end = departsOn.isAfter(arrivesOn) ? departsOn : arrivesOn.plusDays(1);
            return !night.isBefore(arrivesOn) && night.isBefore(end);
        }
    }
}
