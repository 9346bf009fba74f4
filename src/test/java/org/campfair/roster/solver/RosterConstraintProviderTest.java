package org.campfair.roster.solver;

import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.THURSDAY;
import static org.campfair.roster.model.TestCamp.TUESDAY;
import static org.campfair.roster.model.TestCamp.WEDNESDAY;
import static org.campfair.roster.model.TestCamp.at;
import static org.campfair.roster.model.TestCamp.bed;
import static org.campfair.roster.model.TestCamp.seat;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.stay;
import static org.campfair.roster.model.TestCamp.volunteer;

import java.util.List;
import java.util.Set;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.campfair.housing.RoomRule;
import org.campfair.participant.Gender;
import org.campfair.roster.model.Bed;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.RoomNeed;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Stay;
import org.campfair.roster.model.Volunteer;
import org.campfair.roster.solver.justifications.FairWorkloadJustification;
import org.campfair.roster.solver.justifications.FairWorkloadJustification.Share;
import org.campfair.roster.solver.justifications.MissingSkillJustification;
import org.campfair.roster.solver.justifications.OutsideAvailabilityJustification;
import org.campfair.roster.solver.justifications.OutsideAvailabilityJustification.Reason;
import org.campfair.roster.solver.justifications.OverMaxHoursPerDayJustification;
import org.campfair.roster.solver.justifications.OverlappingShiftsJustification;
import org.campfair.roster.solver.justifications.RoomNeedsJustification;
import org.campfair.roster.solver.justifications.SharedBedJustification;
import org.campfair.roster.solver.justifications.UnfilledRequiredSeatJustification;
import org.campfair.roster.solver.justifications.VolunteerWithoutBedJustification;
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
    }
}
