package org.campfair.roster.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import org.campfair.roster.model.Bed;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Stay;
import org.campfair.roster.model.Volunteer;
import org.campfair.roster.solver.justifications.FairWorkloadJustification;
import org.campfair.roster.solver.justifications.MissingSkillJustification;
import org.campfair.roster.solver.justifications.OutsideAvailabilityJustification;
import org.campfair.roster.solver.justifications.OutsideAvailabilityJustification.Reason;
import org.campfair.roster.solver.justifications.OverMaxHoursPerDayJustification;
import org.campfair.roster.solver.justifications.OverlappingShiftsJustification;
import org.campfair.roster.solver.justifications.RoomNeedsJustification;
import org.campfair.roster.solver.justifications.SharedBedJustification;
import org.campfair.roster.solver.justifications.UnfilledRequiredSeatJustification;
import org.campfair.roster.solver.justifications.VolunteerWithoutBedJustification;

/**
 * Every rule of a good roster. Hard rules must never be broken, medium rules place every
 * required seat and every volunteer, soft rules make the roster fair.
 */
public class RosterConstraintProvider implements ConstraintProvider {

    private static final HardMediumSoftLongScore HARD = HardMediumSoftLongScore.ONE_HARD;
    private static final HardMediumSoftLongScore MEDIUM = HardMediumSoftLongScore.ONE_MEDIUM;
    private static final HardMediumSoftLongScore SOFT = HardMediumSoftLongScore.ONE_SOFT;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                missingSkill(factory),
                outsideAvailability(factory),
                overlappingShifts(factory),
                sharedBed(factory),
                roomNeeds(factory),
                overMaxHoursPerDay(factory),
                unfilledRequiredSeat(factory),
                volunteerWithoutBed(factory),
                fairWorkload(factory)
        };
    }

    // Hard

    /** Penalized once per missing skill, so a volunteer with some of the skills is closer. */
    Constraint missingSkill(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> !volunteerOf(seat).hasSkills(seat.getShift().getRequiredSkills()))
                .penalize(HARD, seat -> missingSkills(seat).size())
                .justifyWith((seat, score) -> new MissingSkillJustification(
                        volunteerOf(seat).getNickname(), seat.getShift().getTaskName(),
                        seat.getShift().getStart(), missingSkills(seat)))
                .asConstraint("Volunteer lacks a required skill");
    }

    Constraint outsideAvailability(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> !volunteerOf(seat).isAvailable(
                        seat.getShift().getStart(), seat.getShift().getEnd()))
                .penalize(HARD)
                .justifyWith((seat, score) -> outsideAvailabilityJustification(seat))
                .asConstraint("Volunteer is not available for the shift");
    }

    /** Also catches one volunteer holding two seats of the same shift. */
    Constraint overlappingShifts(ConstraintFactory factory) {
        return factory.forEachUniquePair(Seat.class,
                        equal(Seat::getVolunteer),
                        overlapping(seat -> seat.getShift().getStart(),
                                seat -> seat.getShift().getEnd()))
                .penalizeLong(HARD,
                        (first, second) -> overlapMinutes(first.getShift(), second.getShift()))
                .justifyWith((first, second, score) -> new OverlappingShiftsJustification(
                        volunteerOf(first).getNickname(),
                        first.getShift().getTaskName(), first.getShift().getStart(),
                        second.getShift().getTaskName(), second.getShift().getStart(),
                        overlapMinutes(first.getShift(), second.getShift())))
                .asConstraint("Volunteer is on overlapping shifts");
    }

    /** Penalized per shared night, so a one-night clash weighs less than a week-long one. */
    Constraint sharedBed(ConstraintFactory factory) {
        return factory.forEachUniquePair(Stay.class,
                        equal(Stay::getBed),
                        overlapping(Stay::firstNight, Stay::nightsEnd))
                .penalizeLong(HARD, Stay::sharedNights)
                .justifyWith((first, second, score) -> sharedBedJustification(first, second))
                .asConstraint("Two volunteers share a bed");
    }

    /** Penalized once per unmet need: private room, step-free access, room rule. */
    Constraint roomNeeds(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> !stay.unmetRoomNeeds().isEmpty())
                .penalize(HARD, stay -> stay.unmetRoomNeeds().size())
                .justifyWith((stay, score) -> new RoomNeedsJustification(
                        stay.getVolunteer().getNickname(), bedOf(stay).getHouseName(),
                        bedOf(stay).getRoomName(), bedOf(stay).getLabel(), stay.unmetRoomNeeds()))
                .asConstraint("Room does not meet the volunteer's needs");
    }

    /** Penalized per minute over the limit; a shift counts for the day it starts. */
    Constraint overMaxHoursPerDay(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .groupBy(Seat::getVolunteer, seat -> seat.getShift().getDay(),
                        sumLong(seat -> seat.getShift().durationMinutes()))
                .filter((volunteer, day, minutes) -> minutes > maxMinutes(volunteer))
                .penalizeLong(HARD, (volunteer, day, minutes) -> minutes - maxMinutes(volunteer))
                .justifyWith((volunteer, day, minutes, score) ->
                        new OverMaxHoursPerDayJustification(
                                volunteer.getNickname(), day, minutes, maxMinutes(volunteer)))
                .asConstraint("Volunteer works more hours a day than agreed");
    }

    // Medium

    Constraint unfilledRequiredSeat(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Seat.class)
                .filter(seat -> seat.getVolunteer() == null && seat.isRequired())
                .penalize(MEDIUM)
                .justifyWith((seat, score) -> new UnfilledRequiredSeatJustification(
                        seat.getShift().getTaskName(), seat.getShift().getStart(),
                        seat.getIndex() + 1, seat.getShift().getMinHeadcount()))
                .asConstraint("Required seat is unfilled");
    }

    Constraint volunteerWithoutBed(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Stay.class)
                .filter(stay -> stay.getBed() == null)
                .penalize(MEDIUM)
                .justifyWith((stay, score) -> new VolunteerWithoutBedJustification(
                        stay.getVolunteer().getNickname(), stay.getVolunteer().getArrivesOn(),
                        stay.getVolunteer().getDepartsOn()))
                .asConstraint("Volunteer has no bed");
    }

    // Soft

    /**
     * Balances worked minutes per day at camp, in hundredths of a minute so integer loads
     * keep their precision. Volunteers without any seat count with a load of zero; without
     * them a roster that leaves people idle would look perfectly fair.
     */
    Constraint fairWorkload(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .groupBy(Seat::getVolunteer, sumLong(seat -> seat.getShift().durationMinutes()))
                .complement(Volunteer.class, volunteer -> 0L)
                .groupBy(loadBalance((volunteer, minutes) -> volunteer,
                        (volunteer, minutes) -> minutes * 100 / volunteer.availableDays()))
                .penalizeLong(SOFT, balance -> hundredths(balance.unfairness()))
                .justifyWith((balance, score) -> FairWorkloadJustification.of(balance))
                .asConstraint("Work is shared fairly");
    }

    // Helpers

    /** Only for streams that skip unassigned seats, where the volunteer is always there. */
    private static Volunteer volunteerOf(Seat seat) {
        return Objects.requireNonNull(seat.getVolunteer());
    }

    private static Bed bedOf(Stay stay) {
        return Objects.requireNonNull(stay.getBed());
    }

    private static Set<String> missingSkills(Seat seat) {
        Set<String> skills = volunteerOf(seat).getSkills();
        return seat.getShift().getRequiredSkills().stream()
                .filter(skill -> !skills.contains(skill))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static long overlapMinutes(Shift first, Shift second) {
        LocalDateTime start = later(first.getStart(), second.getStart());
        LocalDateTime end = earlier(first.getEnd(), second.getEnd());
        return Duration.between(start, end).toMinutes();
    }

    private static <T extends Comparable<? super T>> T later(T a, T b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static <T extends Comparable<? super T>> T earlier(T a, T b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static long maxMinutes(Volunteer volunteer) {
        return volunteer.getMaxHoursPerDay() * 60L;
    }

    private static long hundredths(BigDecimal unfairness) {
        return unfairness.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static OutsideAvailabilityJustification outsideAvailabilityJustification(Seat seat) {
        Volunteer volunteer = volunteerOf(seat);
        Shift shift = seat.getShift();
        Reason reason = volunteer.isAtCamp(shift.getStart(), shift.getEnd())
                ? Reason.MARKED_UNAVAILABLE
                : Reason.NOT_AT_CAMP;
        return new OutsideAvailabilityJustification(volunteer.getNickname(), shift.getTaskName(),
                shift.getStart(), shift.getEnd(), reason);
    }

    private static SharedBedJustification sharedBedJustification(Stay first, Stay second) {
        Bed bed = bedOf(first);
        LocalDate from = later(first.firstNight(), second.firstNight());
        return new SharedBedJustification(first.getVolunteer().getNickname(),
                second.getVolunteer().getNickname(), bed.getHouseName(), bed.getRoomName(),
                bed.getLabel(), from, first.sharedNights(second));
    }
}
