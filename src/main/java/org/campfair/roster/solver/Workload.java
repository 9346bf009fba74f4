package org.campfair.roster.solver;

import java.util.ArrayList;
import java.util.List;

import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Volunteer;

/**
 * One volunteer's books in {@link FairBalance}: the seats they hold as the pass goes and the
 * minutes those add up to. The exchanges compare loads millions of times on the 750-person
 * camp; read from maps keyed by volunteer, with the days at camp counted from dates each time,
 * that alone was a quarter of the start's time (JFR, docs/benchmark.md).
 */
final class Workload {

    final Volunteer volunteer;
    /** The volunteer's place in the pass's list, for the per-shift eligibility bits. */
    final int index;
    /** Days at camp, arrival and departure included ({@link Volunteer#availableDays}). */
    final int days;
    final List<Seat> seats = new ArrayList<>();
    private long minutes;

    Workload(Volunteer volunteer, int index) {
        this.volunteer = volunteer;
        this.index = index;
        this.days = volunteer.availableDays();
    }

    long minutes() {
        return minutes;
    }

    void add(long more) {
        minutes += more;
    }

    /** Minutes per available day. */
    double load() {
        return minutes / (double) days;
    }
}
