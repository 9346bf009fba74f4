package org.campfair.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campfair.roster.model.TestCamp.MONDAY;
import static org.campfair.roster.model.TestCamp.at;
import static org.campfair.roster.model.TestCamp.bed;
import static org.campfair.roster.model.TestCamp.emptySeats;
import static org.campfair.roster.model.TestCamp.shift;
import static org.campfair.roster.model.TestCamp.stay;
import static org.campfair.roster.model.TestCamp.volunteer;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;
import org.campfair.task.Intensity;
import org.junit.jupiter.api.Test;

/**
 * The check a participant's self-service goes through ({@link SeatEligibility}) agrees with the
 * solver's hard rules, on generated camps (seeded, so a failure repeats): a seat it lets a
 * volunteer take never makes the roster's hard score worse, and a seat it refuses for a hard
 * rule always does. The gentle start, a soft rule the check keeps whole for newcomers, is only
 * held to the first half.
 */
class SeatEligibilityTest {

    private static final String[] SKILLS = {"cooking", "driving", "food_hygiene"};
    private static final SolutionManager<Roster, HardMediumSoftLongScore> SCORES =
            SolutionManager.create(SolverFactory.create(RosterSolverConfig.create()));

    @Test
    void aSeatTheCheckAllowsNeverBreaksAHardRuleAndOneItRefusesForAHardRuleDoes() {
        int allowed = 0;
        int refusedHard = 0;
        for (int campNo = 0; campNo < 40; campNo++) {
            var random = new SplittableRandom(1_000 + campNo);
            var camp = generated(random);
            for (Volunteer volunteer : camp.getVolunteers()) {
                for (Shift shift : camp.getShifts()) {
                    var free = camp.getSeats().stream()
                            .filter(seat -> seat.getShift() == shift && seat.getVolunteer() == null).findFirst();
                    List<Shift> held = camp.getSeats().stream().filter(seat -> volunteer.equals(seat.getVolunteer()))
                            .map(Seat::getShift).toList();
                    if (free.isEmpty() || held.contains(shift)) {
                        continue;
                    }
                    Rule refusal = SeatEligibility.refusal(volunteer, shift, held);
                    long before = SCORES.update(camp).hardScore();
                    free.get().setVolunteer(volunteer);
                    long after = SCORES.update(camp).hardScore();
                    free.get().setVolunteer(null);
                    String seen = "camp " + campNo + ", " + volunteer.getNickname() + " on shift " + shift.getId();
                    if (refusal == null) {
                        allowed++;
                        assertThat(after).as("allowed yet breaks a hard rule: " + seen).isEqualTo(before);
                    } else if (refusal.level() == Rule.Level.HARD) {
                        refusedHard++;
                        assertThat(after).as("refused for " + refusal + " yet no hard rule breaks: " + seen)
                                .isLessThan(before);
                    }
                }
            }
        }
        assertThat(allowed).as("seats allowed").isGreaterThan(200);
        assertThat(refusedHard).as("seats refused for a hard rule").isGreaterThan(200);
    }

    /**
     * A camp of a week: 6 volunteers with random skills, stays, an unavailable morning, hours
     * per day and comfort; 12 shifts of random length, intensity and skill; each volunteer
     * already on a few shifts the check allows, as in a published roster.
     */
    private static Roster generated(SplittableRandom random) {
        var volunteers = new ArrayList<Volunteer>();
        for (int id = 1; id <= 6; id++) {
            var builder = volunteer(id, "V" + id)
                    .staying(MONDAY.plusDays(random.nextInt(2)), MONDAY.plusDays(4 + random.nextInt(3)))
                    .maxHoursPerDay(4 + random.nextInt(5))
                    .comfortableWith(Intensity.values()[random.nextInt(3)]);
            if (random.nextBoolean()) {
                builder.skills(SKILLS[random.nextInt(SKILLS.length)]);
            }
            if (random.nextBoolean()) {
                builder.returning();
            }
            if (random.nextInt(3) == 0) {
                var day = MONDAY.plusDays(random.nextInt(6));
                builder.unavailable(at(day, 6), at(day, 12));
            }
            volunteers.add(builder.build());
        }
        var shifts = new ArrayList<Shift>();
        var seats = new ArrayList<Seat>();
        for (int id = 1; id <= 12; id++) {
            int from = 6 + random.nextInt(13);
            var builder = shift(id, "Task " + (id % 4), MONDAY.plusDays(random.nextInt(7)), from,
                    Math.min(23, from + 2 + random.nextInt(4)))
                    .headcount(1, 2 + random.nextInt(2)).task(id % 4)
                    .intensity(Intensity.values()[random.nextInt(3)]);
            if (random.nextInt(3) == 0) {
                builder.requires(SKILLS[random.nextInt(SKILLS.length)]);
            }
            Shift shift = builder.build();
            shifts.add(shift);
            seats.addAll(emptySeats(shift));
        }
        for (Volunteer volunteer : volunteers) {
            for (int tries = 0; tries < 3; tries++) {
                Seat seat = seats.get(random.nextInt(seats.size()));
                List<Shift> held = seats.stream().filter(s -> volunteer.equals(s.getVolunteer())).map(Seat::getShift)
                        .toList();
                if (seat.getVolunteer() == null && !held.contains(seat.getShift())
                        && SeatEligibility.refusal(volunteer, seat.getShift(), held) == null) {
                    seat.setVolunteer(volunteer);
                }
            }
        }
        var beds = volunteers.stream().map(v -> bed(100 + v.getId()).build()).toList();
        var stays = volunteers.stream().map(v -> stay(v, beds.get((int) v.getId() - 1))).toList();
        return new Roster(1, volunteers, shifts, beds, seats, stays);
    }
}
