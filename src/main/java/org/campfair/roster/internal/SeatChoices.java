package org.campfair.roster.internal;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.campfair.roster.OpenSeat;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.roster.solver.Rule;
import org.campfair.roster.solver.SeatEligibility;
import org.campfair.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * The seats one volunteer could take in a loaded roster: per shift that has not started, the
 * lowest seat that is empty in the working roster and was empty when published, and not
 * pinned empty by an organizer; with the volunteer's hours per day at camp and the camp's mean
 * before and after. Eligibility is the solver's own ({@link SeatEligibility}).
 */
public final class SeatChoices {

    private final Roster roster;
    private final Volunteer me;
    private final LocalDateTime now;
    private final List<Seat> mine;
    private final Map<Volunteer, Long> minutes;

    public SeatChoices(Roster roster, long participantId, LocalDateTime now) {
        this(roster, participantId, now, plannedMinutes(roster));
    }

    /**
     * The choices read from the part of the camp around one shift ({@link CampAround}): the
     * volunteer's seats and the shift's are there, everyone's load is the database's sum. Only
     * {@link #opening} of that shift is asked of it, never the whole list ({@link #eligible}).
     */
    public SeatChoices(CampAround around, long participantId, LocalDateTime now) {
        this(around.camp(), participantId, now, around.plannedMinutes());
    }

    private SeatChoices(Roster roster, long participantId, LocalDateTime now, Map<Long, Long> plannedMinutes) {
        this.roster = roster;
        this.now = now;
        this.me = roster.getVolunteers().stream().filter(v -> v.getId() == participantId).findFirst()
                .orElseThrow(() -> new NotFoundException("Participant", participantId));
        this.mine = roster.getSeats().stream().filter(seat -> me.equals(seat.getVolunteer())).toList();
        this.minutes = new java.util.HashMap<>();
        for (Volunteer volunteer : roster.getVolunteers()) {
            Long planned = plannedMinutes.get(volunteer.getId());
            if (planned != null) {
                minutes.put(volunteer, planned);
            }
        }
    }

    private static Map<Long, Long> plannedMinutes(Roster roster) {
        Map<Long, Long> minutes = new java.util.HashMap<>();
        for (Seat seat : roster.getSeats()) {
            if (seat.getVolunteer() != null) {
                minutes.merge(seat.getVolunteer().getId(), seat.getShift().durationMinutes(), Long::sum);
            }
        }
        return minutes;
    }

    /** True when the volunteer's seats in the working roster are exactly their published ones. */
    public boolean settled() {
        return roster.getSeats().stream()
                .allMatch(seat -> me.equals(seat.getVolunteer()) == me.equals(seat.getOriginalVolunteer()));
    }

    /** The volunteer's seats as (shift id, seat), to check under a lock that nothing moved since. */
    public Set<String> mySeatIds() {
        return mine.stream().map(Seat::getId).collect(Collectors.toSet());
    }

    public double hoursPerDay() {
        return minutes.getOrDefault(me, 0L) / 60.0 / me.availableDays();
    }

    /** The mean of everyone's hours per day at camp, people without shifts included. */
    public double fairShare() {
        return roster.getVolunteers().stream()
                .mapToDouble(v -> minutes.getOrDefault(v, 0L) / 60.0 / v.availableDays())
                .average().orElse(0);
    }

    /** The seats the volunteer may take, required ones first, then by time. */
    public List<OpenSeat> eligible() {
        return openings().values().stream().filter(seat -> refusal(seat.getShift()) == null)
                .map(this::describe)
                .sorted(Comparator.comparing((OpenSeat s) -> !s.required()).thenComparing(OpenSeat::day)
                        .thenComparing(OpenSeat::start).thenComparing(OpenSeat::task))
                .toList();
    }

    /**
     * The open seat of the shift, or null when it has none.
     *
     * @throws NotFoundException when the shift is not the camp's
     */
    public @Nullable Seat opening(long shiftId) {
        if (roster.getShifts().stream().noneMatch(shift -> shift.getId() == shiftId)) {
            throw new NotFoundException("Shift", shiftId);
        }
        return openings().get(shiftId);
    }

    /** True when the volunteer already has a seat of the shift. */
    public boolean holds(long shiftId) {
        return mine.stream().anyMatch(seat -> seat.getShift().getId() == shiftId);
    }

    /**
     * The volunteer's seat of the shift that they may hand to someone else: theirs in the
     * working and the published roster, not pinned by an organizer, and the shift not started;
     * null when they hold none.
     *
     * @throws org.campfair.shared.RefusedChangeException when they hold it but may not hand it on
     */
    public @Nullable Seat givable(long shiftId) {
        var seat = mine.stream().filter(s -> s.getShift().getId() == shiftId).findFirst().orElse(null);
        if (seat == null || !me.equals(seat.getOriginalVolunteer())) {
            return null;
        }
        if (seat.isPinned()) {
            throw new org.campfair.shared.RefusedChangeException("offers.refused.pinned");
        }
        if (!seat.getShift().getStart().isAfter(now)) {
            throw new org.campfair.shared.RefusedChangeException("offers.refused.started");
        }
        return seat;
    }

    /** The volunteer's hours per day at camp with {@code shift} added ({@code sign} 1) or given up (-1). */
    public double hoursPerDayWith(Shift shift, int sign) {
        return (minutes.getOrDefault(me, 0L) + sign * shift.durationMinutes()) / 60.0 / me.availableDays();
    }

    /** The seat of the shift at {@code index}, or null when the shift has none such. */
    public @Nullable Seat seat(long shiftId, int index) {
        return roster.getSeats().stream().filter(s -> s.getShift().getId() == shiftId && s.getIndex() == index)
                .findFirst().orElse(null);
    }

    /** The rule that keeps the volunteer from the shift, or null. */
    public @Nullable Rule refusal(Shift shift) {
        return refusal(shift, null);
    }

    /** The rule that keeps the volunteer from the shift once they gave up {@code givenUp} (a swap), or null. */
    public @Nullable Rule refusal(Shift shift, @Nullable Shift givenUp) {
        return SeatEligibility.refusal(me, shift, mine.stream().map(Seat::getShift).filter(s -> s != givenUp).toList());
    }

    /** The volunteer's hours per day at camp with {@code taken} added and {@code given} given up. */
    public double hoursPerDayExchanging(Shift taken, Shift given) {
        return (minutes.getOrDefault(me, 0L) + taken.durationMinutes() - given.durationMinutes()) / 60.0
                / me.availableDays();
    }

    public long participantId() {
        return me.getId();
    }

    /** The volunteer's seats in the working roster. */
    public List<Seat> mine() {
        return mine;
    }

    public OpenSeat describe(Seat seat) {
        Shift shift = seat.getShift();
        long added = shift.durationMinutes();
        double after = (minutes.getOrDefault(me, 0L) + added) / 60.0 / me.availableDays();
        double fairAfter = fairShare() + added / 60.0 / me.availableDays() / Math.max(1, roster.getVolunteers().size());
        return new OpenSeat(shift.getId(), seat.getIndex(), shift.getTaskName(), shift.getSite().name(),
                shift.getDay(), shift.getStart().toLocalTime(), shift.getEnd().toLocalTime(), seat.isRequired(),
                after, fairAfter);
    }

    private Map<Long, Seat> openings() {
        var open = new LinkedHashMap<Long, Seat>();
        for (Seat seat : roster.getSeats()) {
            Shift shift = seat.getShift();
            if (seat.getVolunteer() == null && seat.getOriginalVolunteer() == null && !seat.isPinned()
                    && shift.getStart().isAfter(now)) {
                open.merge(shift.getId(), seat, (a, b) -> a.getIndex() <= b.getIndex() ? a : b);
            }
        }
        // Someone already on the shift cannot take a second seat of it.
        mine.forEach(seat -> open.remove(seat.getShift().getId()));
        return open;
    }
}
