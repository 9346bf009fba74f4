package org.campfair.roster.solver;

import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.SUNDAY;
import static org.campfair.roster.model.TestCamp.THURSDAY;
import static org.campfair.roster.model.TestCamp.TUESDAY;
import static org.campfair.roster.model.TestCamp.WEDNESDAY;
import static org.campfair.roster.model.TestCamp.at;
import static org.campfair.roster.model.TestCamp.bed;
import static org.campfair.roster.model.TestCamp.seat;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.stay;
import static org.campfair.roster.model.TestCamp.volunteer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.campfair.housing.RoomRule;
import org.campfair.participant.Gender;
import org.campfair.roster.model.Bed;
import org.campfair.roster.model.FixedWork;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.RoomNeed;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Stay;
import org.campfair.roster.model.Volunteer;
import org.campfair.roster.solver.justifications.AvoidSharesRoomJustification;
import org.campfair.roster.solver.justifications.BuddiesOnSameShiftJustification;
import org.campfair.roster.solver.justifications.BuddiesTogetherJustification;
import org.campfair.roster.solver.justifications.DayOffAfterFiveDaysJustification;
import org.campfair.roster.solver.justifications.DislikedTaskJustification;
import org.campfair.roster.solver.justifications.FairWorkloadJustification;
import org.campfair.roster.solver.justifications.FairWorkloadJustification.Share;
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
import org.campfair.roster.solver.justifications.StabilityJustification.BedChanged;
import org.campfair.roster.solver.justifications.StabilityJustification.BedPlace;
import org.campfair.roster.solver.justifications.StabilityJustification.SeatChanged;
import org.campfair.roster.solver.justifications.UnfilledRequiredSeatJustification;
import org.campfair.roster.solver.justifications.VolunteerWithoutBedJustification;
import org.campfair.task.Intensity;
import org.junit.jupiter.api.Test;

/** One test per constraint, named like the constraint method, each fired and not fired. */
class RosterConstraintProviderTest {

    private final ConstraintVerifier<RosterConstraintProvider, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraintProvider(), Roster.class,
                    Seat.class, Stay.class);

    private final Volunteer ana = volunteer(1, "Ana").build();
    private final Volunteer ben = volunteer(2, "Ben").build();

    @Test
    void missingSkill() {
        Shift firstAid = shift(1, "First aid", MONDAY, 9, 13)
                .requires("first aid", "driving").build();
        Volunteer medic = volunteer(3, "Medic").skills("first aid").build();
        Volunteer driverMedic = volunteer(4, "Driver").skills("first aid", "driving").build();

        verifier.verifyThat(RosterConstraintProvider::missingSkill)
                .given(seat(firstAid, 0, medic))
                .justifiesWith(new MissingSkillJustification("Medic", "First aid",
                        at(MONDAY, 9), Set.of("driving")))
                .penalizesBy(1);
        // One point per missing skill, so having some of them is closer to right.
        verifier.verifyThat(RosterConstraintProvider::missingSkill)
                .given(seat(firstAid, 0, ana))
                .penalizesBy(2);
        verifier.verifyThat(RosterConstraintProvider::missingSkill)
                .given(seat(firstAid, 0, driverMedic), seat(firstAid, 1, null))
                .penalizesBy(0);
    }

    @Test
    void outsideAvailability() {
        Volunteer visitor = volunteer(3, "Vic").staying(MONDAY, WEDNESDAY)
                .unavailable(at(TUESDAY, 12), at(TUESDAY, 14)).build();

        verifier.verifyThat(RosterConstraintProvider::outsideAvailability)
                .given(seat(shift(1, "Trail", THURSDAY, 9, 13).build(), 0, visitor))
                .justifiesWith(new OutsideAvailabilityJustification("Vic", "Trail",
                        at(THURSDAY, 9), at(THURSDAY, 13), Reason.NOT_AT_CAMP))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::outsideAvailability)
                .given(seat(shift(2, "Kitchen", TUESDAY, 11, 13).build(), 0, visitor))
                .justifiesWith(new OutsideAvailabilityJustification("Vic", "Kitchen",
                        at(TUESDAY, 11), at(TUESDAY, 13), Reason.MARKED_UNAVAILABLE))
                .penalizesBy(1);
        // Arrival and departure days count; a shift ending as the window starts is fine.
        verifier.verifyThat(RosterConstraintProvider::outsideAvailability)
                .given(seat(shift(3, "Trail", MONDAY, 9, 13).build(), 0, visitor),
                        seat(shift(4, "Trail", TUESDAY, 8, 12).build(), 0, visitor),
                        seat(shift(5, "Trail", WEDNESDAY, 14, 18).build(), 0, visitor))
                .penalizesBy(0);
    }

    @Test
    void overlappingShifts() {
        Shift morning = shift(1, "Trail", MONDAY, 9, 13).headcount(2, 2).build();
        Shift lunch = shift(2, "Kitchen", MONDAY, 11, 15).build();
        Shift afternoon = shift(3, "Garden", MONDAY, 13, 17).build();

        verifier.verifyThat(RosterConstraintProvider::overlappingShifts)
                .given(seat(morning, 0, ana), seat(lunch, 0, ana))
                .justifiesWith(new OverlappingShiftsJustification("Ana", "Trail",
                        at(MONDAY, 9), "Kitchen", at(MONDAY, 11), 120))
                .penalizesBy(120);
        // Two seats of the same shift overlap for the whole shift.
        verifier.verifyThat(RosterConstraintProvider::overlappingShifts)
                .given(seat(morning, 0, ana), seat(morning, 1, ana))
                .penalizesBy(240);
        verifier.verifyThat(RosterConstraintProvider::overlappingShifts)
                .given(seat(morning, 0, ana), seat(afternoon, 0, ana),
                        seat(lunch, 0, ben), seat(morning, 1, null))
                .penalizesBy(0);

        // A window re-plan: the morning was worked before the window, a fixed shift of Ana's.
        Volunteer anaInWindow = ana.withFixedWork(new FixedWork(240, List.of(morning), Set.of(MONDAY)));
        verifier.verifyThat(RosterConstraintProvider::overlappingShifts)
                .given(seat(lunch, 0, anaInWindow))
                .justifiesWith(new OverlappingShiftsJustification("Ana", "Kitchen",
                        at(MONDAY, 11), "Trail", at(MONDAY, 9), 120))
                .penalizesBy(120);
        verifier.verifyThat(RosterConstraintProvider::overlappingShifts)
                .given(seat(afternoon, 0, anaInWindow), seat(lunch, 0, ben))
                .penalizesBy(0);
    }

    @Test
    void sharedBed() {
        Bed bed = bed(1).build();
        Volunteer early = volunteer(3, "Early").staying(MONDAY, WEDNESDAY).build();
        Volunteer late = volunteer(4, "Late").staying(TUESDAY, THURSDAY).build();
        Volunteer next = volunteer(5, "Next").staying(WEDNESDAY, THURSDAY).build();
        Volunteer dayVisitor = volunteer(6, "Day").staying(MONDAY, MONDAY).build();

        verifier.verifyThat(RosterConstraintProvider::sharedBed)
                .given(stay(early, bed), stay(late, bed))
                .justifiesWith(new SharedBedJustification("Early", "Late", "House 1",
                        "Room 1", "Bed 1", TUESDAY, 1))
                .penalizesBy(1);
        // A same-day visit still takes the night it arrives.
        verifier.verifyThat(RosterConstraintProvider::sharedBed)
                .given(stay(early, bed), stay(dayVisitor, bed))
                .penalizesBy(1);
        // Checking out on the day the next one checks in is a clean handover.
        verifier.verifyThat(RosterConstraintProvider::sharedBed)
                .given(stay(early, bed), stay(next, bed), stay(late, bed(2).build()),
                        stay(dayVisitor, null))
                .penalizesBy(0);
    }

    @Test
    void roomNeeds() {
        Bed sharedWomenOnlyUpstairs = bed(1).rule(RoomRule.WOMEN_ONLY).build();
        Bed privateStepFree = bed(2).privateRoom().stepFree().build();
        Bed menOnly = bed(3).rule(RoomRule.MEN_ONLY).stepFree().build();
        Volunteer dev = volunteer(3, "Dev").needsPrivateRoom().needsStepFree()
                .gender(Gender.MALE).build();
        Volunteer chloe = volunteer(4, "Chloé").gender(Gender.FEMALE).build();
        Volunteer eli = volunteer(5, "Eli").gender(Gender.OTHER).build();
        Volunteer unknown = volunteer(6, "Unknown").gender(null).build();

        verifier.verifyThat(RosterConstraintProvider::roomNeeds)
                .given(stay(dev, sharedWomenOnlyUpstairs))
                .justifiesWith(new RoomNeedsJustification("Dev", "House 1", "Room 1", "Bed 1",
                        Set.of(RoomNeed.PRIVATE_ROOM, RoomNeed.STEP_FREE, RoomNeed.ROOM_RULE)))
                .penalizesBy(3);
        verifier.verifyThat(RosterConstraintProvider::roomNeeds)
                .given(stay(eli, sharedWomenOnlyUpstairs), stay(unknown, menOnly))
                .penalizesBy(2);
        verifier.verifyThat(RosterConstraintProvider::roomNeeds)
                .given(stay(dev, privateStepFree), stay(chloe, sharedWomenOnlyUpstairs),
                        stay(ana, null))
                .penalizesBy(0);
    }

    @Test
    void overMaxHoursPerDay() {
        Volunteer sixHours = volunteer(3, "Sam").maxHoursPerDay(6).build();
        Shift mondayMorning = shift(1, "Trail", MONDAY, 8, 12).build();
        Shift mondayAfternoon = shift(2, "Garden", MONDAY, 13, 17).build();
        Shift mondayEvening = shift(3, "Kitchen", MONDAY, 18, 20).build();
        Shift tuesday = shift(4, "Garden", TUESDAY, 13, 17).build();

        verifier.verifyThat(RosterConstraintProvider::overMaxHoursPerDay)
                .given(seat(mondayMorning, 0, sixHours), seat(mondayAfternoon, 0, sixHours))
                .justifiesWith(new OverMaxHoursPerDayJustification("Sam", MONDAY, 480, 360))
                .penalizesBy(120);
        verifier.verifyThat(RosterConstraintProvider::overMaxHoursPerDay)
                .given(seat(mondayMorning, 0, sixHours), seat(mondayEvening, 0, sixHours),
                        seat(tuesday, 0, sixHours), seat(mondayAfternoon, 0, ana))
                .penalizesBy(0);

        // A window re-plan: Sam worked the morning before the window; the afternoon takes the
        // day to 8 hours, 2 over. A fixed day over the limit by itself costs every window
        // roster the same, so only what a window seat adds counts: 2 more hours add 2.
        Volunteer samInWindow = sixHours.withFixedWork(new FixedWork(240, List.of(mondayMorning), Set.of(MONDAY)));
        verifier.verifyThat(RosterConstraintProvider::overMaxHoursPerDay)
                .given(seat(mondayAfternoon, 0, samInWindow))
                .justifiesWith(new OverMaxHoursPerDayJustification("Sam", MONDAY, 480, 360))
                .penalizesBy(120);
        Volunteer samOverAlready = sixHours.withFixedWork(new FixedWork(480,
                List.of(mondayMorning, shift(5, "Garden", MONDAY, 12, 16).build()), Set.of(MONDAY)));
        verifier.verifyThat(RosterConstraintProvider::overMaxHoursPerDay)
                .given(seat(mondayEvening, 0, samOverAlready))
                .penalizesBy(120);
        verifier.verifyThat(RosterConstraintProvider::overMaxHoursPerDay)
                .given(seat(tuesday, 0, samOverAlready), seat(mondayEvening, 0, samInWindow))
                .penalizesBy(0);
    }

    @Test
    void restBetweenShifts() {
        Shift mondayEvening = shift(1, "Kitchen", MONDAY, 18, 22).build();
        Shift tuesdayDawn = shift(2, "Trail", TUESDAY, 7, 11).build();
        Shift tuesdayMorning = shift(3, "Garden", TUESDAY, 8, 12).build();
        Shift mondayBreakfast = shift(4, "Kitchen", MONDAY, 6, 9).build();

        // 22:00 to 07:00 is 9 hours: one hour of rest missing.
        verifier.verifyThat(RosterConstraintProvider::restBetweenShifts)
                .given(seat(tuesdayDawn, 0, ana), seat(mondayEvening, 0, ana))
                .justifiesWith(new RestBetweenShiftsJustification("Ana", "Kitchen",
                        at(MONDAY, 22), "Trail", at(TUESDAY, 7), 540, 600))
                .penalizesBy(60);
        // Exactly 10 hours is enough; a split day (breakfast, then the evening) is one
        // working day, not two.
        verifier.verifyThat(RosterConstraintProvider::restBetweenShifts)
                .given(seat(mondayBreakfast, 0, ana), seat(mondayEvening, 0, ana),
                        seat(tuesdayMorning, 0, ana), seat(tuesdayDawn, 0, ben),
                        seat(shift(5, "Trail", TUESDAY, 7, 11).build(), 0, null))
                .penalizesBy(0);

        // A window re-plan from Tuesday: Monday evening is a fixed shift of Ana's, and so is a
        // Wednesday dawn after the window.
        Shift wednesdayDawn = shift(6, "Trail", WEDNESDAY, 6, 10).build();
        Shift tuesdayEvening = shift(7, "Kitchen", TUESDAY, 18, 22).build();
        Volunteer anaInWindow = ana.withFixedWork(new FixedWork(480, List.of(mondayEvening, wednesdayDawn),
                Set.of(MONDAY, WEDNESDAY)));
        verifier.verifyThat(RosterConstraintProvider::restBetweenShifts)
                .given(seat(tuesdayDawn, 0, anaInWindow), seat(tuesdayEvening, 0, anaInWindow))
                .justifiesWith(new RestBetweenShiftsJustification("Ana", "Kitchen",
                                at(MONDAY, 22), "Trail", at(TUESDAY, 7), 540, 600),
                        new RestBetweenShiftsJustification("Ana", "Kitchen",
                                at(TUESDAY, 22), "Trail", at(WEDNESDAY, 6), 480, 600))
                .penalizesBy(60 + 120);
        verifier.verifyThat(RosterConstraintProvider::restBetweenShifts)
                .given(seat(tuesdayMorning, 0, anaInWindow), seat(tuesdayDawn, 0, ben))
                .penalizesBy(0);
    }

    @Test
    void leadNeeded() {
        Shift jam = shift(1, "Jam making", MONDAY, 9, 13).requires("food hygiene")
                .headcount(2, 3).needsLead().build();
        Volunteer newcomerWithSkill = volunteer(3, "Nina").skills("food hygiene").build();
        Volunteer returningWithoutSkill = volunteer(4, "Rex").returning().build();
        Volunteer lead = volunteer(5, "Lena").returning().skills("food hygiene").build();

        verifier.verifyThat(RosterConstraintProvider::leadNeeded)
                .given(seat(jam, 0, returningWithoutSkill), seat(jam, 1, newcomerWithSkill),
                        seat(jam, 2, null))
                .justifiesWith(new LeadNeededJustification("Jam making", at(MONDAY, 9),
                        Set.of("food hygiene"), List.of("Nina", "Rex")))
                .penalizesBy(1);
        // A shift nobody works is left to the medium unfilled-seat penalty, and a shift that
        // needs no lead may run with newcomers only.
        Shift emptyJam = shift(2, "Jam making", TUESDAY, 9, 13).requires("food hygiene")
                .needsLead().build();
        Shift packing = shift(3, "Packing", MONDAY, 9, 13).build();
        verifier.verifyThat(RosterConstraintProvider::leadNeeded)
                .given(seat(jam, 0, newcomerWithSkill), seat(jam, 1, lead),
                        seat(emptyJam, 0, null), seat(packing, 0, newcomerWithSkill))
                .penalizesBy(0);
    }

    @Test
    void avoidSharesRoom() {
        Volunteer aki = volunteer(3, "Aki").keepApartFrom(4).build();
        Volunteer bo = volunteer(4, "Bo").staying(TUESDAY, THURSDAY).build();
        Volunteer cy = volunteer(5, "Cy").keepApartFrom(3).staying(MONDAY, TUESDAY).build();
        Bed first = bed(1).build();
        Bed second = bed(2).build();
        Bed otherRoom = bed(3).in(1, "House 1", 2, "Room 2").build();

        // Bo stays the nights of Tuesday and Wednesday, in Aki's room.
        verifier.verifyThat(RosterConstraintProvider::avoidSharesRoom)
                .given(stay(aki, first), stay(bo, second))
                .justifiesWith(new AvoidSharesRoomJustification("Aki", "Bo", "House 1",
                        "Room 1", TUESDAY, 2))
                .penalizesBy(2);
        // Either side asking is enough, and both asking still counts once.
        verifier.verifyThat(RosterConstraintProvider::avoidSharesRoom)
                .given(stay(aki, first), stay(cy, second))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::avoidSharesRoom)
                .given(stay(aki, first), stay(volunteer(4, "Bo").keepApartFrom(3)
                        .staying(TUESDAY, THURSDAY).build(), second))
                .penalizesBy(2);
        // The same house is fine, and so is the same room on nights they are not both there.
        verifier.verifyThat(RosterConstraintProvider::avoidSharesRoom)
                .given(stay(aki, first), stay(bo, otherRoom), stay(ana, second),
                        stay(cy, null))
                .penalizesBy(0);
        Volunteer laterBo = volunteer(4, "Bo").staying(WEDNESDAY, THURSDAY).build();
        verifier.verifyThat(RosterConstraintProvider::avoidSharesRoom)
                .given(stay(cy, first), stay(volunteer(3, "Aki").keepApartFrom(4)
                        .staying(MONDAY, TUESDAY).build(), otherRoom), stay(laterBo, second))
                .penalizesBy(0);
    }


    @Test
    void unfilledRequiredSeat() {
        Shift trail = shift(1, "Trail", MONDAY, 9, 13).headcount(2, 3).build();

        verifier.verifyThat(RosterConstraintProvider::unfilledRequiredSeat)
                .given(seat(trail, 0, ana), seat(trail, 1, null), seat(trail, 2, null))
                .justifiesWithExactly(new UnfilledRequiredSeatJustification("Trail",
                        at(MONDAY, 9), 2, 2))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::unfilledRequiredSeat)
                .given(seat(trail, 0, ana), seat(trail, 1, ben), seat(trail, 2, null))
                .penalizesBy(0);
    }

    @Test
    void volunteerWithoutBed() {
        verifier.verifyThat(RosterConstraintProvider::volunteerWithoutBed)
                .given(stay(ana, null), stay(ben, bed(1).build()))
                .justifiesWithExactly(new VolunteerWithoutBedJustification("Ana",
                        ana.getArrivesOn(), ana.getDepartsOn()))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::volunteerWithoutBed)
                .given(stay(ana, bed(1).build()), stay(ben, bed(2).build()))
                .penalizesBy(0);
    }

    @Test
    void fairWorkload() {
        Volunteer twoDays = volunteer(3, "Two").staying(MONDAY, TUESDAY).build();
        Volunteer fourDays = volunteer(4, "Four").staying(MONDAY, THURSDAY).build();
        Shift mondayMorning = shift(1, "Trail", MONDAY, 9, 13).build();
        Shift tuesdayMorning = shift(2, "Trail", TUESDAY, 9, 13).build();
        Shift mondayAfternoon = shift(3, "Garden", MONDAY, 13, 17).build();

        // Two works 240 min over 2 days (load 12000 hundredths of a minute a day), Four
        // nothing: the mean is 6000, the standard deviation 6000, and the penalty is the
        // standard deviation once per volunteer, 2 * 6000.
        verifier.verifyThat(RosterConstraintProvider::fairWorkload)
                .given(twoDays, fourDays, seat(mondayMorning, 0, twoDays))
                .justifiesWith(new FairWorkloadJustification(List.of(
                        new Share("Two", 120.0), new Share("Four", 0.0))))
                .penalizesBy(12_000);
        // Twice the hours over twice the days is the same share per day.
        verifier.verifyThat(RosterConstraintProvider::fairWorkload)
                .given(twoDays, fourDays, seat(mondayMorning, 0, twoDays),
                        seat(tuesdayMorning, 0, fourDays), seat(mondayAfternoon, 0, fourDays))
                .penalizesBy(0);
        verifier.verifyThat(RosterConstraintProvider::fairWorkload)
                .given(twoDays, fourDays, seat(mondayMorning, 0, null))
                .penalizesBy(0);

        // During the camp a check-in's confirmed minutes count instead of the planned ones:
        // Two and Other were planned 240 min each over 2 days, fair; Two stayed 3 h longer, so
        // the loads are 21000 and 12000, the standard deviation 4500, the penalty 2 * 4500.
        Volunteer otherTwoDays = volunteer(5, "Other").staying(MONDAY, TUESDAY).build();
        Seat longerThanPlanned = seat(mondayMorning, 0, twoDays);
        longerThanPlanned.confirm(240 + 180);
        verifier.verifyThat(RosterConstraintProvider::fairWorkload)
                .given(twoDays, otherTwoDays, longerThanPlanned, seat(tuesdayMorning, 0, otherTwoDays))
                .justifiesWith(new FairWorkloadJustification(List.of(
                        new Share("Two", 210.0), new Share("Other", 120.0))))
                .penalizesBy(9_000);
        // Confirmed as planned: as fair as the plan.
        Seat asPlanned = seat(mondayMorning, 0, twoDays);
        asPlanned.confirm(240);
        verifier.verifyThat(RosterConstraintProvider::fairWorkload)
                .given(twoDays, otherTwoDays, asPlanned, seat(tuesdayMorning, 0, otherTwoDays))
                .penalizesBy(0);

        // A window re-plan: Two worked 240 min before the window (a fixed load) and Other, who
        // can take no seat of the window, 480 min. Other is a fact only, and still counted.
        Volunteer twoInWindow = twoDays.withFixedWork(FixedWork.load(240));
        Volunteer otherOutside = otherTwoDays.withFixedWork(FixedWork.load(480));
        verifier.verifyThat(RosterConstraintProvider::fairWorkload)
                .given(twoInWindow, otherOutside, seat(tuesdayMorning, 0, twoInWindow))
                .penalizesBy(0);
        verifier.verifyThat(RosterConstraintProvider::fairWorkload)
                .given(twoInWindow, otherOutside, seat(tuesdayMorning, 0, null))
                .justifiesWith(new FairWorkloadJustification(List.of(
                        new Share("Other", 240.0), new Share("Two", 120.0))))
                .penalizesBy(12_000);
    }

    @Test
    void gentleStart() {
        Volunteer nao = volunteer(3, "Nao").build();
        Volunteer lightOnly = volunteer(4, "Mio").comfortableWith(Intensity.LIGHT).build();
        Volunteer returning = volunteer(5, "Kuma").returning().build();
        Shift mondayTrail = shift(1, "Trail", MONDAY, 9, 12).build();
        Shift mondayClearing = shift(2, "Clearing", MONDAY, 13, 16)
                .intensity(Intensity.HEAVY).build();
        Shift wednesdayClearing = shift(3, "Clearing", WEDNESDAY, 13, 16)
                .intensity(Intensity.HEAVY).build();
        Shift wednesdayTrail = shift(4, "Trail", WEDNESDAY, 9, 12).build();

        // Arrival day: a second shift, and a heavy one, is two breaches.
        verifier.verifyThat(RosterConstraintProvider::gentleStart)
                .given(seat(mondayClearing, 0, nao), seat(mondayTrail, 0, nao))
                .justifiesWith(new GentleStartJustification("Nao", MONDAY, true,
                        List.of("Trail", "Clearing"), 1, List.of("Clearing")))
                .penalizesBy(2);
        // After the first two days comfort counts: heavy is two steps above light.
        verifier.verifyThat(RosterConstraintProvider::gentleStart)
                .given(seat(wednesdayClearing, 0, lightOnly), seat(wednesdayTrail, 0, nao))
                .justifiesWith(new GentleStartJustification("Mio", WEDNESDAY, false,
                        List.of("Clearing"), 0, List.of("Clearing")))
                .penalizesBy(2);
        // Heavy and two shifts a day are fine from day three for someone who likes heavy
        // work, and from the start for returning participants.
        verifier.verifyThat(RosterConstraintProvider::gentleStart)
                .given(seat(mondayTrail, 0, nao), seat(wednesdayClearing, 0, nao),
                        seat(wednesdayTrail, 0, nao), seat(mondayClearing, 0, returning),
                        seat(shift(5, "Trail", MONDAY, 7, 8).build(), 0, returning),
                        seat(shift(6, "Trail", TUESDAY, 7, 8).build(), 0, null))
                .penalizesBy(0);

        // A window re-plan on arrival day: Nao worked the morning trail before the window. A
        // second shift that day is one breach the window adds; the fixed morning alone is none.
        Volunteer naoInWindow = nao.withFixedWork(new FixedWork(180, List.of(mondayTrail), Set.of(MONDAY)));
        Shift mondayEvening = shift(7, "Kitchen", MONDAY, 18, 20).build();
        verifier.verifyThat(RosterConstraintProvider::gentleStart)
                .given(seat(mondayEvening, 0, naoInWindow))
                .justifiesWith(new GentleStartJustification("Nao", MONDAY, true,
                        List.of("Trail", "Kitchen"), 1, List.of()))
                .penalizesBy(1);
        // Mio worked heavy clearing on Wednesday before the window: two steps too many that
        // every window roster has; a light evening adds nothing.
        Volunteer mioInWindow = lightOnly.withFixedWork(new FixedWork(180, List.of(wednesdayClearing),
                Set.of(WEDNESDAY)));
        verifier.verifyThat(RosterConstraintProvider::gentleStart)
                .given(seat(shift(8, "Kitchen", WEDNESDAY, 18, 20).intensity(Intensity.LIGHT).build(), 0,
                        mioInWindow), seat(shift(9, "Trail", TUESDAY, 9, 12).build(), 0, naoInWindow))
                .penalizesBy(0);
    }

    @Test
    void likedTask() {
        Volunteer liker = volunteer(3, "Momo").likes(7).build();
        Shift jam = shift(1, "Jam making", MONDAY, 9, 13).task(7).headcount(1, 2).build();
        Shift moreJam = shift(2, "Jam making", TUESDAY, 9, 13).task(7).build();

        verifier.verifyThat(RosterConstraintProvider::likedTask)
                .given(seat(jam, 0, liker), seat(moreJam, 0, liker), seat(jam, 1, ana))
                .justifiesWith(new LikedTaskJustification("Momo", "Jam making", at(MONDAY, 9)))
                .rewardsWith(2);
        verifier.verifyThat(RosterConstraintProvider::likedTask)
                .given(seat(jam, 0, ana), seat(jam, 1, null),
                        seat(shift(3, "Trail", MONDAY, 14, 16).build(), 0, liker))
                .rewardsWith(0);
    }

    @Test
    void dislikedTask() {
        Volunteer disliker = volunteer(3, "Kuro").dislikes(7).build();
        Shift jam = shift(1, "Jam making", MONDAY, 9, 13).task(7).headcount(1, 2).build();

        verifier.verifyThat(RosterConstraintProvider::dislikedTask)
                .given(seat(jam, 0, disliker), seat(jam, 1, ana))
                .justifiesWith(new DislikedTaskJustification("Kuro", "Jam making",
                        at(MONDAY, 9)))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::dislikedTask)
                .given(seat(jam, 0, ana), seat(jam, 1, null),
                        seat(shift(2, "Trail", MONDAY, 14, 16).build(), 0, disliker))
                .penalizesBy(0);
    }

    @Test
    void buddiesTogether() {
        Volunteer sora = volunteer(3, "Sora").buddyOf(4).build();
        Volunteer hotaru = volunteer(4, "Hotaru").build();
        Bed upstairs = bed(1).build();
        Bed downstairs = bed(2).in(1, "House 1", 2, "Room 2").build();
        Bed otherHouse = bed(3).in(2, "House 2", 3, "Room 3").build();

        // One asked, both count; different rooms of one house are together. Asking each
        // other is still one pair.
        verifier.verifyThat(RosterConstraintProvider::buddiesTogether)
                .given(stay(sora, upstairs), stay(hotaru, downstairs), stay(ana, otherHouse))
                .justifiesWith(new BuddiesTogetherJustification("Sora", "Hotaru", "House 1"))
                .rewardsWith(1);
        verifier.verifyThat(RosterConstraintProvider::buddiesTogether)
                .given(stay(sora, upstairs), stay(volunteer(4, "Hotaru").buddyOf(3).build(),
                        downstairs))
                .rewardsWith(1);
        verifier.verifyThat(RosterConstraintProvider::buddiesTogether)
                .given(stay(sora, upstairs), stay(hotaru, otherHouse), stay(ana, downstairs))
                .rewardsWith(0);
        // Under one roof but never at camp on the same night is not together.
        Volunteer early = volunteer(3, "Sora").buddyOf(4).staying(MONDAY, TUESDAY).build();
        Volunteer late = volunteer(4, "Hotaru").staying(WEDNESDAY, THURSDAY).build();
        verifier.verifyThat(RosterConstraintProvider::buddiesTogether)
                .given(stay(early, upstairs), stay(late, downstairs))
                .rewardsWith(0);
    }

    @Test
    void buddiesOnSameShift() {
        Volunteer sora = volunteer(3, "Sora").build();
        Volunteer hotaru = volunteer(4, "Hotaru").buddyOf(3).build();
        Shift harvest = shift(1, "Harvest", MONDAY, 9, 13).headcount(2, 3).build();
        Shift packing = shift(2, "Packing", MONDAY, 9, 13).headcount(1, 2).build();

        verifier.verifyThat(RosterConstraintProvider::buddiesOnSameShift)
                .given(seat(harvest, 0, sora), seat(harvest, 1, ana), seat(harvest, 2, hotaru))
                .justifiesWith(new BuddiesOnSameShiftJustification("Hotaru", "Sora", "Harvest",
                        at(MONDAY, 9)))
                .rewardsWith(1);
        verifier.verifyThat(RosterConstraintProvider::buddiesOnSameShift)
                .given(seat(harvest, 0, volunteer(3, "Sora").buddyOf(4).build()),
                        seat(harvest, 1, hotaru))
                .rewardsWith(1);
        verifier.verifyThat(RosterConstraintProvider::buddiesOnSameShift)
                .given(seat(harvest, 0, sora), seat(harvest, 1, ana), seat(harvest, 2, null),
                        seat(packing, 0, hotaru), seat(packing, 1, ben))
                .rewardsWith(0);
    }

    @Test
    void shortTravel() {
        // 0.01 degree of longitude on the equator is 1,112 m in a straight line.
        Bed nearTheVillageSquare = bed(1).at(0, 0).build();
        Shift grove = shift(1, "Harvest", MONDAY, 9, 13).at("Grove", 0, 0.01).build();
        Shift moreGrove = shift(2, "Harvest", TUESDAY, 9, 13).at("Grove", 0, 0.01).build();
        Shift square = shift(3, "Packing", MONDAY, 14, 16).at("Shed", 0, 0).build();

        verifier.verifyThat(RosterConstraintProvider::shortTravel)
                .given(stay(ana, nearTheVillageSquare), seat(grove, 0, ana),
                        seat(moreGrove, 0, ana))
                .justifiesWith(new ShortTravelJustification("Ana", "House 1", "Grove", 2, 1112))
                .penalizesBy(22);
        // Work next door costs nothing, and someone without a bed has no way to measure.
        verifier.verifyThat(RosterConstraintProvider::shortTravel)
                .given(stay(ana, nearTheVillageSquare), seat(square, 0, ana),
                        stay(ben, null), seat(grove, 0, ben))
                .penalizesBy(0);
    }

    @Test
    void fewerHousesOpened() {
        Volunteer cy = volunteer(3, "Cy").build();
        verifier.verifyThat(RosterConstraintProvider::fewerHousesOpened)
                .given(stay(ana, bed(1).build()), stay(ben, bed(2).build()),
                        stay(cy, bed(3).in(2, "House 2", 3, "Room 3").build()),
                        stay(volunteer(4, "Dee").build(), null))
                .justifiesWith(new FewerHousesOpenedJustification("House 1", 2),
                        new FewerHousesOpenedJustification("House 2", 1))
                .penalizesBy(2);
        verifier.verifyThat(RosterConstraintProvider::fewerHousesOpened)
                .given(stay(ana, null), stay(ben, null))
                .penalizesBy(0);
    }

    @Test
    void dayOffAfterFiveDays() {
        List<Seat> everyDay = new java.util.ArrayList<>();
        for (int day = 0; day < 7; day++) {
            LocalDate date = MONDAY.plusDays(day);
            everyDay.add(seat(shift(day + 1, "Trail", date, 9, 12).build(), 0, ana));
        }
        everyDay.add(seat(shift(8, "Kitchen", MONDAY, 14, 16).build(), 0, ana));

        // Seven days in a row is two days beyond five.
        verifier.verifyThat(RosterConstraintProvider::dayOffAfterFiveDays)
                .given(everyDay.toArray())
                .justifiesWith(new DayOffAfterFiveDaysJustification("Ana", MONDAY, SUNDAY, 7))
                .penalizesBy(2);
        // Five days, a day off, then work again; and an empty Saturday seat is a day off.
        Shift saturday = shift(6, "Trail", MONDAY.plusDays(5), 9, 12).build();
        List<Seat> withSaturdayOff = everyDay.stream()
                .map(seat -> seat.getShift().equals(saturday) ? seat(saturday, 0, null) : seat)
                .toList();
        verifier.verifyThat(RosterConstraintProvider::dayOffAfterFiveDays)
                .given(withSaturdayOff.toArray())
                .penalizesBy(0);

        // A window re-plan of Saturday and Sunday: Ana worked Monday to Friday, fixed days
        // next to the window. A Saturday seat makes six days in a row.
        Volunteer anaInWindow = ana.withFixedWork(new FixedWork(900, List.of(),
                Set.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, MONDAY.plusDays(4))));
        verifier.verifyThat(RosterConstraintProvider::dayOffAfterFiveDays)
                .given(anaInWindow, seat(saturday, 0, anaInWindow))
                .justifiesWith(new DayOffAfterFiveDaysJustification("Ana", MONDAY, MONDAY.plusDays(5), 6))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::dayOffAfterFiveDays)
                .given(anaInWindow, seat(saturday, 0, ben),
                        seat(shift(9, "Trail", SUNDAY, 9, 12).build(), 0, anaInWindow))
                .penalizesBy(0);
    }

    @Test
    void stability() {
        Shift trail = shift(1, "Trail", MONDAY, 9, 13).headcount(2, 3).build();
        Bed first = bed(1).build();
        Bed second = bed(2).build();

        verifier.verifyThat(RosterConstraintProvider::stability)
                .given(seat(trail, 0, ben, ana), seat(trail, 1, null, ben),
                        stay(ana, second, first), stay(ben, null, second))
                .justifiesWith(new SeatChanged("Trail", at(MONDAY, 9), 1, "Ana", "Ben"),
                        new SeatChanged("Trail", at(MONDAY, 9), 2, "Ben", null),
                        new BedChanged("Ana", new BedPlace("House 1", "Room 1", "Bed 1"),
                                new BedPlace("House 1", "Room 1", "Bed 2")),
                        new BedChanged("Ben", new BedPlace("House 1", "Room 1", "Bed 2"), null))
                .penalizesBy(4);
        // Unchanged, or nothing published (a first plan, or a seat left empty when published).
        verifier.verifyThat(RosterConstraintProvider::stability)
                .given(seat(trail, 0, ana, ana), seat(trail, 1, ben, null), seat(trail, 2, ana),
                        stay(ana, first, first), stay(ben, second, null), stay(ben, second))
                .penalizesBy(0);
    }
}
