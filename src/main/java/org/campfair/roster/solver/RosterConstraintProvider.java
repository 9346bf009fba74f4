package org.campfair.roster.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toConsecutiveSequences;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;
import static org.campfair.roster.solver.Rule.BUDDIES_ON_SAME_SHIFT;
import static org.campfair.roster.solver.Rule.VOLUNTEER_WITHOUT_BED;
import static org.campfair.roster.solver.Rule.UNFILLED_REQUIRED_SEAT;
import static org.campfair.roster.solver.Rule.AVOID_SHARES_ROOM;
import static org.campfair.roster.solver.Rule.LEAD_NEEDED;
import static org.campfair.roster.solver.Rule.REST_BETWEEN_SHIFTS;
import static org.campfair.roster.solver.Rule.OVER_MAX_HOURS_PER_DAY;
import static org.campfair.roster.solver.Rule.ROOM_NEEDS;
import static org.campfair.roster.solver.Rule.SHARED_BED;
import static org.campfair.roster.solver.Rule.OVERLAPPING_SHIFTS;
import static org.campfair.roster.solver.Rule.OUTSIDE_AVAILABILITY;
import static org.campfair.roster.solver.Rule.MISSING_SKILL;
import static org.campfair.roster.solver.Rule.BUDDIES_TOGETHER;
import static org.campfair.roster.solver.Rule.DAY_OFF_AFTER_FIVE_DAYS;
import static org.campfair.roster.solver.Rule.DISLIKED_TASK;
import static org.campfair.roster.solver.Rule.FAIR_WORKLOAD;
import static org.campfair.roster.solver.Rule.FEWER_HOUSES_OPENED;
import static org.campfair.roster.solver.Rule.GENTLE_START;
import static org.campfair.roster.solver.Rule.LIKED_TASK;
import static org.campfair.roster.solver.Rule.SHORT_TRAVEL;
import static org.campfair.roster.solver.Rule.STABILITY;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import ai.timefold.solver.core.api.score.stream.common.Sequence;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;
import org.campfair.roster.model.Bed;
import org.campfair.roster.model.FixedWork;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Site;
import org.campfair.roster.model.Stay;
import org.campfair.roster.model.Volunteer;
import org.campfair.roster.solver.justifications.AvoidSharesRoomJustification;
import org.campfair.roster.solver.justifications.BuddiesOnSameShiftJustification;
import org.campfair.roster.solver.justifications.BuddiesTogetherJustification;
import org.campfair.roster.solver.justifications.DayOffAfterFiveDaysJustification;
import org.campfair.roster.solver.justifications.DislikedTaskJustification;
import org.campfair.roster.solver.justifications.FairWorkloadJustification;
import org.campfair.roster.solver.justifications.FewerHousesOpenedJustification;
import org.campfair.roster.solver.justifications.GentleStartJustification;
import org.campfair.roster.solver.justifications.LeadNeededJustification;
import org.campfair.roster.solver.justifications.LikedTaskJustification;
import org.campfair.roster.solver.justifications.MissingSkillJustification;
import org.campfair.roster.solver.justifications.OutsideAvailabilityJustification;
import org.campfair.roster.solver.justifications.OutsideAvailabilityJustification.Reason;
import org.campfair.roster.solver.justifications.OverMaxHoursPerDayJustification;
import org.campfair.roster.solver.justifications.OverlappingShiftsJustification;
import org.campfair.roster.solver.justifications.RestBetweenShiftsJustification;
import org.campfair.roster.solver.justifications.RoomNeedsJustification;
import org.campfair.roster.solver.justifications.SharedBedJustification;
import org.campfair.roster.solver.justifications.ShortTravelJustification;
import org.campfair.roster.solver.justifications.StabilityJustification;
import org.campfair.roster.solver.justifications.StabilityJustification.BedChanged;
import org.campfair.roster.solver.justifications.StabilityJustification.BedPlace;
import org.campfair.roster.solver.justifications.StabilityJustification.SeatChanged;
import org.campfair.roster.solver.justifications.UnfilledRequiredSeatJustification;
import org.campfair.roster.solver.justifications.VolunteerWithoutBedJustification;

/**
 * Every rule of a good roster. Hard rules must never be broken, medium rules place every
 * required seat and every volunteer, soft rules make the roster fair and kind. Each rule's
 * name, level and default weight come from {@link Rule}; a camp may override the soft weights
 * ({@link RosterWeights}).
 */
public class RosterConstraintProvider implements ConstraintProvider {

    private static final long MIN_REST_MINUTES = Rest.MINUTES;
    private static final int MAX_DAYS_IN_A_ROW = 5;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                missingSkill(factory),
                outsideAvailability(factory),
                overlappingShifts(factory),
                sharedBed(factory),
                roomNeeds(factory),
                overMaxHoursPerDay(factory),
                restBetweenShifts(factory),
                leadNeeded(factory),
                avoidSharesRoom(factory),
                unfilledRequiredSeat(factory),
                volunteerWithoutBed(factory),
                fairWorkload(factory),
                gentleStart(factory),
                likedTask(factory),
                dislikedTask(factory),
                buddiesTogether(factory),
                buddiesOnSameShift(factory),
                shortTravel(factory),
                fewerHousesOpened(factory),
                dayOffAfterFiveDays(factory),
                stability(factory)
        };
    }

    // Hard

    /** Penalized once per missing skill, so a volunteer with some of the skills is closer. */
    Constraint missingSkill(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> !volunteerOf(seat).hasSkills(seat.getShift().getRequiredSkills()))
                .penalize(MISSING_SKILL.defaultScore(), seat -> missingSkills(seat).size())
                .justifyWith((seat, score) -> new MissingSkillJustification(
                        volunteerOf(seat).getNickname(), seat.getShift().getTaskName(),
                        seat.getShift().getStart(), missingSkills(seat)))
                .asConstraint(MISSING_SKILL.constraintName());
    }

    Constraint outsideAvailability(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> !volunteerOf(seat).isAvailable(
                        seat.getShift().getStart(), seat.getShift().getEnd()))
                .penalize(OUTSIDE_AVAILABILITY.defaultScore())
                .justifyWith((seat, score) -> outsideAvailabilityJustification(seat))
                .asConstraint(OUTSIDE_AVAILABILITY.constraintName());
    }

    /**
     * Also catches one volunteer holding two seats of the same shift. In a window re-plan a
     * window seat is read against the volunteer's fixed shifts too ({@link FixedWork#shifts});
     * two fixed shifts cost the same in every window roster, so they are left out.
     */
    Constraint overlappingShifts(ConstraintFactory factory) {
        var seatPairs = factory.forEachUniquePair(Seat.class,
                        equal(Seat::getVolunteer),
                        overlapping(seat -> seat.getShift().getStart(),
                                seat -> seat.getShift().getEnd()))
                .map((first, second) -> first, (first, second) -> second.getShift());
        var withFixedShifts = factory.forEach(Seat.class)
                .filter(seat -> !fixedOverlaps(seat).isEmpty())
                .expand(RosterConstraintProvider::fixedOverlaps)
                .flattenLast(shifts -> shifts);
        return seatPairs.concat(withFixedShifts)
                .penalizeLong(OVERLAPPING_SHIFTS.defaultScore(),
                        (seat, other) -> overlapMinutes(seat.getShift(), other))
                .justifyWith((seat, other, score) -> new OverlappingShiftsJustification(
                        volunteerOf(seat).getNickname(),
                        seat.getShift().getTaskName(), seat.getShift().getStart(),
                        other.getTaskName(), other.getStart(),
                        overlapMinutes(seat.getShift(), other)))
                .asConstraint(OVERLAPPING_SHIFTS.constraintName());
    }

    /** Penalized per shared night, so a one-night clash weighs less than a week-long one. */
    Constraint sharedBed(ConstraintFactory factory) {
        return factory.forEachUniquePair(Stay.class,
                        equal(Stay::getBed),
                        overlapping(Stay::firstNight, Stay::nightsEnd))
                .penalizeLong(SHARED_BED.defaultScore(), Stay::sharedNights)
                .justifyWith((first, second, score) -> sharedBedJustification(first, second))
                .asConstraint(SHARED_BED.constraintName());
    }

    /** Penalized once per unmet need: private room, step-free access, room rule. */
    Constraint roomNeeds(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> !stay.unmetRoomNeeds().isEmpty())
                .penalize(ROOM_NEEDS.defaultScore(), stay -> stay.unmetRoomNeeds().size())
                .justifyWith((stay, score) -> new RoomNeedsJustification(
                        stay.getVolunteer().getNickname(), bedOf(stay).getHouseName(),
                        bedOf(stay).getRoomName(), bedOf(stay).getLabel(), stay.unmetRoomNeeds()))
                .asConstraint(ROOM_NEEDS.constraintName());
    }

    /**
     * Penalized per minute over the limit; a shift counts for the day it starts. In a window
     * re-plan the day's fixed shifts count too ({@link FixedWork#minutesOn}), and only the
     * minutes over that the window's seats add: what the fixed shifts alone go over costs the
     * same in every window roster.
     */
    Constraint overMaxHoursPerDay(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .groupBy(Seat::getVolunteer, seat -> seat.getShift().getDay(),
                        sumLong(seat -> seat.getShift().durationMinutes()))
                .filter((volunteer, day, minutes) -> minutesOverAdded(volunteer, day, minutes) > 0)
                .penalizeLong(OVER_MAX_HOURS_PER_DAY.defaultScore(),
                        RosterConstraintProvider::minutesOverAdded)
                .justifyWith((volunteer, day, minutes, score) ->
                        new OverMaxHoursPerDayJustification(volunteer.getNickname(), day,
                                minutes + volunteer.getFixedWork().minutesOn(day), maxMinutes(volunteer)))
                .asConstraint(OVER_MAX_HOURS_PER_DAY.constraintName());
    }

    /**
     * At least 10 hours between working days: between the end of a shift and the start of a
     * shift on the next day. Two shifts of the same day (breakfast, then the afternoon
     * harvest) are one working day with a break, not two, and are left to the daily hour
     * limit; reading the rule between every pair of shifts would forbid the split days the
     * camp plans on purpose. Only the next day is compared, by exact day equality rather than
     * a time-range join: a shift would have to run 14 hours past its own day to come within
     * 10 hours of the day after next. Penalized per minute of rest missing. In a window
     * re-plan a window seat is read against the fixed shifts of the days either side
     * ({@link FixedWork#shifts}) too.
     */
    Constraint restBetweenShifts(ConstraintFactory factory) {
        var seatPairs = factory.forEach(Seat.class)
                .join(Seat.class,
                        equal(Seat::getVolunteer),
                        equal(seat -> seat.getShift().getDay().plusDays(1),
                                seat -> seat.getShift().getDay()),
                        filtering((earlier, later) -> restMinutes(earlier.getShift(),
                                later.getShift()) < MIN_REST_MINUTES))
                .map((earlier, later) -> volunteerOf(earlier), (earlier, later) -> earlier.getShift(),
                        (earlier, later) -> later.getShift());
        // In a window re-plan: a window seat against the fixed shifts of the days either side.
        var withFixedShifts = factory.forEach(Seat.class)
                .filter(seat -> !fixedTooClose(seat).isEmpty())
                .expand(RosterConstraintProvider::fixedTooClose)
                .flattenLast(shifts -> shifts)
                .map((seat, fixed) -> volunteerOf(seat), (seat, fixed) -> earlierDay(seat.getShift(), fixed),
                        (seat, fixed) -> laterDay(seat.getShift(), fixed));
        return seatPairs.concat(withFixedShifts)
                .penalizeLong(REST_BETWEEN_SHIFTS.defaultScore(), (volunteer, earlier, later) ->
                        MIN_REST_MINUTES - restMinutes(earlier, later))
                .justifyWith((volunteer, earlier, later, score) -> new RestBetweenShiftsJustification(
                        volunteer.getNickname(), earlier.getTaskName(), earlier.getEnd(),
                        later.getTaskName(), later.getStart(), restMinutes(earlier, later),
                        MIN_REST_MINUTES))
                .asConstraint(REST_BETWEEN_SHIFTS.constraintName());
    }

    /**
     * A shift that needs a lead and has people on it has a returning participant with the
     * task's skills among them. A shift with nobody on it is not penalized here: it is
     * already a medium penalty per unfilled seat, and counting it here as well would make
     * "not run at all" as bad as "run without a lead", so the solver would staff a shift
     * leaderless rather than leave it for the organizer to see. Penalized once per shift.
     */
    Constraint leadNeeded(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getShift().needsLead())
                .groupBy(Seat::getShift, toList(RosterConstraintProvider::volunteerOf))
                .filter((shift, volunteers) ->
                        volunteers.stream().noneMatch(volunteer -> volunteer.canLead(shift)))
                .penalize(LEAD_NEEDED.defaultScore())
                .justifyWith((shift, volunteers, score) -> new LeadNeededJustification(
                        shift.getTaskName(), shift.getStart(), shift.getRequiredSkills(),
                        volunteers.stream().map(Volunteer::getNickname).sorted().toList()))
                .asConstraint(LEAD_NEEDED.constraintName());
    }

    /**
     * Two people one of whom asked to be kept apart never share a room on a night both are
     * there. Penalized per shared night. Requests are few, so the stream starts from each
     * request and joins the other person's stay by id: a move touches one or two tuples, not
     * every roommate. When both asked, only the request of the lower id counts.
     */
    Constraint avoidSharesRoom(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> !avoidIds(stay.getVolunteer()).isEmpty())
                .flatten(stay -> avoidIds(stay.getVolunteer()))
                .join(Stay.class,
                        equal((asker, otherId) -> otherId, RosterConstraintProvider::idOf))
                .filter((asker, otherId, other) -> sameRoom(asker, other) && asker.overlaps(other)
                        && countsOnce(asker.getVolunteer(), other.getVolunteer(),
                                RosterConstraintProvider::avoidIds))
                .penalizeLong(AVOID_SHARES_ROOM.defaultScore(),
                        (asker, otherId, other) -> asker.sharedNights(other))
                .justifyWith((asker, otherId, other, score) -> avoidJustification(asker, other))
                .asConstraint(AVOID_SHARES_ROOM.constraintName());
    }

    // Medium

    Constraint unfilledRequiredSeat(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Seat.class)
                .filter(seat -> seat.getVolunteer() == null && seat.isRequired())
                .penalize(UNFILLED_REQUIRED_SEAT.defaultScore())
                .justifyWith((seat, score) -> new UnfilledRequiredSeatJustification(
                        seat.getShift().getTaskName(), seat.getShift().getStart(),
                        seat.getIndex() + 1, seat.getShift().getMinHeadcount()))
                .asConstraint(UNFILLED_REQUIRED_SEAT.constraintName());
    }

    Constraint volunteerWithoutBed(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Stay.class)
                .filter(stay -> stay.getBed() == null)
                .penalize(VOLUNTEER_WITHOUT_BED.defaultScore())
                .justifyWith((stay, score) -> new VolunteerWithoutBedJustification(
                        stay.getVolunteer().getNickname(), stay.getVolunteer().getArrivesOn(),
                        stay.getVolunteer().getDepartsOn()))
                .asConstraint(VOLUNTEER_WITHOUT_BED.constraintName());
    }

    // Soft

    /**
     * Balances worked minutes per day at camp, in hundredths of a minute so integer loads
     * keep their precision. A seat marked at check-in counts its confirmed minutes
     * ({@link Seat#workedMinutes}), so a re-plan of a running camp balances what people really
     * worked so far plus what is planned ahead. Volunteers without any seat count with a load of zero; without
     * them a roster that leaves people idle would look perfectly fair. In a window re-plan each
     * load adds the minutes worked outside the window ({@link FixedWork#minutes}), and everyone
     * who can take no window seat is a fact of the roster ({@link Roster#getOtherVolunteers}),
     * so the balance is the whole camp's.
     *
     * <p>Penalized by {@code N * sd}: the standard deviation of the loads, once per volunteer.
     * Timefold's unfairness is {@code sqrt(sum of squared deviations)}, which is
     * {@code sqrt(N) * sd}; multiplying by {@code sqrt(N)} makes fairness grow with the camp
     * like the per-seat rules do, so their weights balance the same at 30 and 750 people.
     */
    Constraint fairWorkload(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .groupBy(Seat::getVolunteer, sumLong(Seat::workedMinutes))
                .complement(Volunteer.class, volunteer -> 0L)
                .groupBy(loadBalance((volunteer, minutes) -> volunteer,
                                (volunteer, minutes) -> (minutes + volunteer.getFixedWork().minutes()) * 100
                                        / volunteer.availableDays()),
                        countBi())
                .penalizeLong(FAIR_WORKLOAD.defaultScore(), RosterConstraintProvider::spread)
                .justifyWith((balance, volunteers, score) -> FairWorkloadJustification.of(balance))
                .asConstraint(FAIR_WORKLOAD.constraintName());
    }

    /**
     * A newcomer's first two days at camp (arrival day and the next) hold at most one shift
     * and nothing heavy; after that, nothing above their intensity comfort. Grouped per
     * newcomer and day; penalized once per extra shift and once per intensity step too many,
     * so a heavy task for someone comfortable only with light work weighs double. In a window
     * re-plan the day's fixed shifts are read with the window's, and only the breaches the
     * window's seats add are penalized.
     */
    Constraint gentleStart(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> !volunteerOf(seat).isReturning())
                .groupBy(Seat::getVolunteer, seat -> seat.getShift().getDay(),
                        toList(Seat::getShift))
                .filter((volunteer, day, shifts) -> gentleStartBreachesAdded(volunteer, day, shifts) > 0)
                .penalize(GENTLE_START.defaultScore(),
                        RosterConstraintProvider::gentleStartBreachesAdded)
                .justifyWith((volunteer, day, shifts, score) ->
                        gentleStartJustification(volunteer, day, withFixedShifts(volunteer, day, shifts)))
                .asConstraint(GENTLE_START.constraintName());
    }

    Constraint likedTask(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> volunteerOf(seat).likes(seat.getShift()))
                .reward(LIKED_TASK.defaultScore())
                .justifyWith((seat, score) -> new LikedTaskJustification(
                        volunteerOf(seat).getNickname(), seat.getShift().getTaskName(),
                        seat.getShift().getStart()))
                .asConstraint(LIKED_TASK.constraintName());
    }

    Constraint dislikedTask(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> volunteerOf(seat).dislikes(seat.getShift()))
                .penalize(DISLIKED_TASK.defaultScore())
                .justifyWith((seat, score) -> new DislikedTaskJustification(
                        volunteerOf(seat).getNickname(), seat.getShift().getTaskName(),
                        seat.getShift().getStart()))
                .asConstraint(DISLIKED_TASK.constraintName());
    }

    /**
     * Buddies (either of them asked) sleep in the same house while both are at camp; rewarded
     * once per pair. Like avoidSharesRoom, it starts from the requests and joins by id.
     */
    Constraint buddiesTogether(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .filter(stay -> !buddyIds(stay.getVolunteer()).isEmpty())
                .flatten(stay -> buddyIds(stay.getVolunteer()))
                .join(Stay.class,
                        equal((asker, otherId) -> otherId, RosterConstraintProvider::idOf))
                .filter((asker, otherId, other) -> sameHouse(asker, other) && asker.overlaps(other)
                        && countsOnce(asker.getVolunteer(), other.getVolunteer(),
                                RosterConstraintProvider::buddyIds))
                .reward(BUDDIES_TOGETHER.defaultScore())
                .justifyWith((asker, otherId, other, score) -> new BuddiesTogetherJustification(
                        asker.getVolunteer().getNickname(), other.getVolunteer().getNickname(),
                        bedOf(asker).getHouseName()))
                .asConstraint(BUDDIES_TOGETHER.constraintName());
    }

    /**
     * Buddies work the same shift; rewarded once per pair and shift. Its own constraint
     * rather than part of buddiesTogether, so a camp can weigh working together apart from
     * living together.
     */
    Constraint buddiesOnSameShift(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> !buddyIds(volunteerOf(seat)).isEmpty())
                .flatten(seat -> buddyIds(volunteerOf(seat)))
                .join(Seat.class,
                        equal((asker, otherId) -> asker.getShift(), Seat::getShift),
                        equal((asker, otherId) -> otherId, seat -> volunteerOf(seat).getId()))
                .filter((asker, otherId, other) -> countsOnce(volunteerOf(asker),
                        volunteerOf(other), RosterConstraintProvider::buddyIds))
                .reward(BUDDIES_ON_SAME_SHIFT.defaultScore())
                .justifyWith((asker, otherId, other, score) -> new BuddiesOnSameShiftJustification(
                        volunteerOf(asker).getNickname(), volunteerOf(other).getNickname(),
                        asker.getShift().getTaskName(), asker.getShift().getStart()))
                .asConstraint(BUDDIES_ON_SAME_SHIFT.constraintName());
    }

    /**
     * The straight-line way from a volunteer's house to the site of each of their shifts,
     * penalized per 100 m (rounded) once per shift. This is what ties the housing to the work:
     * someone who works at the upper grove all week should sleep near it. Seats are counted
     * per volunteer and site before the join, so moving someone to another bed re-measures a
     * handful of sites rather than every shift they work (on the sample camp this rule's cost
     * per move fell from 3.6 to 2.0 microseconds against joining seat by seat).
     */
    Constraint shortTravel(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .groupBy(Seat::getVolunteer, seat -> seat.getShift().getSite(), count())
                .join(Stay.class, equal((volunteer, site, shifts) -> volunteer, Stay::getVolunteer))
                .penalizeLong(SHORT_TRAVEL.defaultScore(), (volunteer, site, shifts, stay) ->
                        shifts * hundredMetres(metres(stay, site)))
                .justifyWith((volunteer, site, shifts, stay, score) -> new ShortTravelJustification(
                        volunteer.getNickname(), bedOf(stay).getHouseName(), site.name(), shifts,
                        metres(stay, site)))
                .asConstraint(SHORT_TRAVEL.constraintName());
    }

    /** Each house with anyone sleeping in it at any time costs cleaning and heating. */
    Constraint fewerHousesOpened(ConstraintFactory factory) {
        return factory.forEach(Stay.class)
                .groupBy(stay -> bedOf(stay).getHouseId(), stay -> bedOf(stay).getHouseName(),
                        count())
                .penalize(FEWER_HOUSES_OPENED.defaultScore())
                .justifyWith((houseId, houseName, volunteers, score) ->
                        new FewerHousesOpenedJustification(houseName, volunteers))
                .asConstraint(FEWER_HOUSES_OPENED.constraintName());
    }

    /**
     * A working day is a day with at least one shift; after five of them in a row comes a day
     * off. Penalized per working day beyond the fifth, so a seven-day run weighs double. Two
     * shifts on one day are one working day: the sequence collector counts equal days once.
     * In a window re-plan the fixed working days next to the window ({@link FixedWork#days})
     * join the window's; runs of fixed days alone cost the same in every window roster.
     */
    Constraint dayOffAfterFiveDays(ConstraintFactory factory) {
        var fixedDays = factory.forEach(Volunteer.class)
                .filter(volunteer -> !volunteer.getFixedWork().days().isEmpty())
                .expand(volunteer -> volunteer.getFixedWork().days())
                .flattenLast(days -> days);
        return factory.forEach(Seat.class)
                .map(Seat::getVolunteer, seat -> seat.getShift().getDay())
                .concat(fixedDays)
                .groupBy((volunteer, day) -> volunteer,
                        toConsecutiveSequences((volunteer, day) -> day,
                                day -> (int) day.toEpochDay()))
                .flattenLast(SequenceChain::getConsecutiveSequences)
                .filter((volunteer, run) -> run.getCount() > MAX_DAYS_IN_A_ROW)
                .penalize(DAY_OFF_AFTER_FIVE_DAYS.defaultScore(),
                        (volunteer, run) -> run.getCount() - MAX_DAYS_IN_A_ROW)
                .justifyWith((volunteer, run, score) -> dayOffJustification(volunteer, run))
                .asConstraint(DAY_OFF_AFTER_FIVE_DAYS.constraintName());
    }

    /**
     * When re-planning a published roster, each seat or bed that differs from the published
     * one costs, so a dropout changes what must change and little else. Seats and stays with
     * nothing published (the loader leaves their original empty) cost nothing.
     */
    Constraint stability(ConstraintFactory factory) {
        var changedSeats = factory.forEachIncludingUnassigned(Seat.class)
                .filter(Seat::isChangedSincePublished)
                .<StabilityJustification>map(RosterConstraintProvider::seatChanged);
        var changedBeds = factory.forEachIncludingUnassigned(Stay.class)
                .filter(Stay::isChangedSincePublished)
                .<StabilityJustification>map(RosterConstraintProvider::bedChanged);
        return changedSeats.concat(changedBeds)
                .penalize(STABILITY.defaultScore())
                .justifyWith((change, score) -> change)
                .asConstraint(STABILITY.constraintName());
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

    /**
     * The minutes over the day's limit that the window's {@code minutes} add to the volunteer's
     * fixed ones: all minutes over in a whole-camp problem, where nothing is fixed.
     */
    private static long minutesOverAdded(Volunteer volunteer, LocalDate day, long minutes) {
        long fixed = volunteer.getFixedWork().minutesOn(day);
        long max = maxMinutes(volunteer);
        return Math.max(0, minutes + fixed - max) - Math.max(0, fixed - max);
    }

    /** The volunteer's fixed shifts (window re-plans only) that overlap the seat's shift. */
    private static List<Shift> fixedOverlaps(Seat seat) {
        FixedWork fixed = volunteerOf(seat).getFixedWork();
        if (!fixed.hasShifts()) {
            return List.of();
        }
        Shift shift = seat.getShift();
        return fixed.shifts().stream().filter(shift::overlaps).toList();
    }

    /**
     * The volunteer's fixed shifts (window re-plans only) on the day before or after the seat's
     * with less than the rest between them and it.
     */
    private static List<Shift> fixedTooClose(Seat seat) {
        FixedWork fixed = volunteerOf(seat).getFixedWork();
        if (!fixed.hasShifts()) {
            return List.of();
        }
        Shift shift = seat.getShift();
        return fixed.shifts().stream()
                .filter(other -> other.getDay().equals(shift.getDay().minusDays(1))
                                && restMinutes(other, shift) < MIN_REST_MINUTES
                        || other.getDay().equals(shift.getDay().plusDays(1))
                                && restMinutes(shift, other) < MIN_REST_MINUTES)
                .toList();
    }

    private static Shift earlierDay(Shift a, Shift b) {
        return a.getDay().isBefore(b.getDay()) ? a : b;
    }

    private static Shift laterDay(Shift a, Shift b) {
        return a.getDay().isBefore(b.getDay()) ? b : a;
    }

    /** {@code sqrt(N) * unfairness}, which is {@code N} times the standard deviation. */
    private static long spread(LoadBalance<Volunteer> balance, int volunteers) {
        return Math.round(balance.unfairness().doubleValue() * Math.sqrt(volunteers));
    }

    /** Minutes from the end of one shift to the start of a later one. */
    private static long restMinutes(Shift earlier, Shift later) {
        return earlier.minutesUntil(later);
    }

    private static Set<Long> buddyIds(Volunteer volunteer) {
        return volunteer.getPreferences().buddyIds();
    }

    private static Set<Long> avoidIds(Volunteer volunteer) {
        return volunteer.getPreferences().avoidIds();
    }

    private static boolean sameRoom(Stay first, Stay second) {
        return bedOf(first).getRoomId() == bedOf(second).getRoomId();
    }

    private static boolean sameHouse(Stay first, Stay second) {
        return bedOf(first).getHouseId() == bedOf(second).getHouseId();
    }

    private static long idOf(Stay stay) {
        return stay.getVolunteer().getId();
    }

    /**
     * A request between two people counts once: from whoever asked, or from the lower id when
     * both asked each other.
     */
    private static boolean countsOnce(Volunteer asker, Volunteer other,
            Function<Volunteer, Set<Long>> requests) {
        return !requests.apply(other).contains(asker.getId()) || asker.getId() < other.getId();
    }

    private static int stepsTooIntense(Volunteer volunteer, LocalDate day, Shift shift) {
        return RulesKept.stepsTooIntense(volunteer, day, shift);
    }

    private static int extraShifts(Volunteer volunteer, LocalDate day, List<Shift> shifts) {
        return RulesKept.extraShifts(volunteer, day, shifts);
    }

    /** One home for the rule's count, shared with the benchmark's count ({@link RulesKept}). */
    private static int gentleStartBreaches(Volunteer volunteer, LocalDate day, List<Shift> shifts) {
        return RulesKept.gentleStartBreaches(volunteer, day, shifts);
    }

    /**
     * The breaches the window's {@code shifts} add to the volunteer's fixed shifts that day: all
     * of them in a whole-camp problem, where nothing is fixed.
     */
    private static int gentleStartBreachesAdded(Volunteer volunteer, LocalDate day, List<Shift> shifts) {
        List<Shift> fixed = volunteer.getFixedWork().shiftsOn(day);
        if (fixed.isEmpty()) {
            return gentleStartBreaches(volunteer, day, shifts);
        }
        return gentleStartBreaches(volunteer, day, withFixedShifts(volunteer, day, shifts))
                - gentleStartBreaches(volunteer, day, fixed);
    }

    private static List<Shift> withFixedShifts(Volunteer volunteer, LocalDate day, List<Shift> shifts) {
        List<Shift> fixed = volunteer.getFixedWork().shiftsOn(day);
        if (fixed.isEmpty()) {
            return shifts;
        }
        List<Shift> all = new java.util.ArrayList<>(shifts);
        all.addAll(fixed);
        return all;
    }

    private static long metres(Stay stay, Site site) {
        return bedOf(stay).getHousePosition().metresTo(site.position());
    }

    private static long hundredMetres(long metres) {
        return Math.round(metres / 100.0);
    }

    private static AvoidSharesRoomJustification avoidJustification(Stay first, Stay second) {
        Bed bed = bedOf(first);
        return new AvoidSharesRoomJustification(first.getVolunteer().getNickname(),
                second.getVolunteer().getNickname(), bed.getHouseName(), bed.getRoomName(),
                later(first.firstNight(), second.firstNight()), first.sharedNights(second));
    }

    private static GentleStartJustification gentleStartJustification(Volunteer volunteer,
            LocalDate day, List<Shift> shifts) {
        List<Shift> inOrder = shifts.stream()
                .sorted((a, b) -> a.getStart().compareTo(b.getStart())).toList();
        return new GentleStartJustification(volunteer.getNickname(), day,
                volunteer.isInFirstTwoDays(day),
                inOrder.stream().map(Shift::getTaskName).toList(),
                extraShifts(volunteer, day, shifts),
                inOrder.stream().filter(shift -> stepsTooIntense(volunteer, day, shift) > 0)
                        .map(Shift::getTaskName).toList());
    }

    private static DayOffAfterFiveDaysJustification dayOffJustification(Volunteer volunteer,
            Sequence<LocalDate, Integer> run) {
        return new DayOffAfterFiveDaysJustification(volunteer.getNickname(), run.getFirstItem(),
                run.getLastItem(), run.getCount());
    }

    private static StabilityJustification seatChanged(Seat seat) {
        Volunteer published = Objects.requireNonNull(seat.getOriginalVolunteer());
        Volunteer now = seat.getVolunteer();
        return new SeatChanged(seat.getShift().getTaskName(), seat.getShift().getStart(),
                seat.getIndex() + 1, published.getNickname(),
                now == null ? null : now.getNickname());
    }

    private static StabilityJustification bedChanged(Stay stay) {
        Bed now = stay.getBed();
        return new BedChanged(stay.getVolunteer().getNickname(),
                place(Objects.requireNonNull(stay.getOriginalBed())),
                now == null ? null : place(now));
    }

    private static BedPlace place(Bed bed) {
        return new BedPlace(bed.getHouseName(), bed.getRoomName(), bed.getLabel());
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
