package org.campfair.importing.generator;

import java.util.List;
import java.util.random.RandomGenerator;
import org.campfair.task.Intensity;

/**
 * Tops up skills after the random draw so that every crew's skilled shifts can be staffed:
 * enough cooks, food handlers, brush cutters and drivers per hamlet, and enough returning
 * holders to lead the shifts that need a lead. Without it a small camp could, by chance, have
 * no cook at all, and the benchmark would measure bad luck instead of the solver.
 */
final class SkillCover {

    private record Minimum(String skill, int holdersPerHamlet, int returningPerHamlet) {
    }

    private static final List<Minimum> MINIMUMS = List.of(
            new Minimum("cooking", 6, 2),
            new Minimum("food_hygiene", 6, 3),
            new Minimum("brush_cutter", 4, 3),
            new Minimum("driving", 3, 1));

    private final RandomGenerator random;
    private final List<GeneratedParticipant> people;
    private final int hamlets;

    SkillCover(RandomGenerator random, List<GeneratedParticipant> people, int hamlets) {
        this.random = random;
        this.people = people;
        this.hamlets = hamlets;
    }

    void ensure() {
        for (Minimum minimum : MINIMUMS) {
            topUp(minimum.skill(), minimum.returningPerHamlet() * hamlets, true);
            topUp(minimum.skill(), minimum.holdersPerHamlet() * hamlets, false);
        }
    }

    private void topUp(String skill, int wanted, boolean returningOnly) {
        var candidates = people.stream().filter(p -> !returningOnly || p.returning).toList();
        long holders = candidates.stream().filter(p -> p.skills.contains(skill)).count();
        var without = candidates.stream().filter(p -> !p.skills.contains(skill)).toList();
        for (long missing = wanted - holders; missing > 0 && !without.isEmpty(); missing--) {
            var person = without.get(random.nextInt(without.size()));
            person.skills.add(skill);
            if (skill.equals("brush_cutter")) {
                person.intensityComfort = person.returning ? Intensity.HEAVY : Intensity.MODERATE;
            }
            without = without.stream().filter(p -> p != person).toList();
        }
    }
}
