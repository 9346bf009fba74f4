package org.campfair.importing.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.campfair.participant.Gender;
import org.campfair.task.Intensity;

/**
 * Draws the people of a generated camp: about a third returning participants, who hold most
 * skills and work longer days, and newcomers on short, lighter days; some arrive late, leave
 * early, have an afternoon they cannot work, need a private or step-free room, or name a buddy.
 */
final class ParticipantGenerator {

    /** Chance that a returning participant / a newcomer holds each skill of the vocabulary. */
    private static final Map<String, double[]> SKILL_CHANCES = Map.of(
            "food_hygiene", new double[] {0.45, 0.25},
            "cooking", new double[] {0.35, 0.15},
            "brush_cutter", new double[] {0.35, 0.04},
            "driving", new double[] {0.50, 0.30},
            "pruning", new double[] {0.20, 0.05},
            "first_aid", new double[] {0.25, 0.10});
    private static final List<String> SKILLS =
            List.of("food_hygiene", "cooking", "brush_cutter", "driving", "pruning", "first_aid");

    private final RandomGenerator random;
    private final NamePool names;

    ParticipantGenerator(RandomGenerator random, NamePool names) {
        this.random = random;
        this.names = names;
    }

    List<GeneratedParticipant> generate(CampSize size, LocalDate firstDay) {
        LocalDate lastDay = firstDay.plusDays(size.days() - 1L);
        var people = new ArrayList<GeneratedParticipant>();
        for (int i = 0; i < size.participants(); i++) {
            people.add(person(size, firstDay, lastDay));
        }
        new SkillCover(random, people, size.hamlets()).ensure();
        people.forEach(this::unavailablePeriods);
        pairBuddiesAndAvoids(people);
        return people;
    }

    private GeneratedParticipant person(CampSize size, LocalDate firstDay, LocalDate lastDay) {
        boolean returning = random.nextDouble() < 0.35;
        int shiftDays = Math.max(1, size.days() / 6);
        LocalDate arrives = firstDay;
        LocalDate departs = lastDay;
        double stay = random.nextDouble();
        if (stay >= 0.78 && stay < 0.89 || stay >= 0.97) {
            arrives = arrives.plusDays(1 + random.nextInt(shiftDays));
        }
        if (stay >= 0.89) {
            departs = departs.minusDays(1 + random.nextInt(shiftDays));
        }
        var person = new GeneratedParticipant(names.nickname(), names.legalName(), language(), gender(), arrives,
                departs, returning, returning ? 6 + random.nextInt(3) : 3 + random.nextInt(3),
                comfort(returning));
        for (String skill : SKILLS) {
            if (random.nextDouble() < SKILL_CHANCES.get(skill)[returning ? 0 : 1]) {
                person.skills.add(skill);
            }
        }
        if (returning && person.skills.contains("brush_cutter")) {
            person.intensityComfort = Intensity.HEAVY;
        }
        person.needsPrivateRoom = random.nextDouble() < 0.06;
        person.needsStepFree = random.nextDouble() < 0.04;
        return person;
    }

    private String language() {
        double r = random.nextDouble();
        return r < 0.88 ? "ja" : r < 0.96 ? "en" : "ko";
    }

    private Gender gender() {
        double r = random.nextDouble();
        return r < 0.45 ? Gender.FEMALE : r < 0.92 ? Gender.MALE : r < 0.97 ? Gender.OTHER : null;
    }

    private Intensity comfort(boolean returning) {
        double r = random.nextDouble();
        if (returning) {
            return r < 0.1 ? Intensity.LIGHT : r < 0.6 ? Intensity.MODERATE : Intensity.HEAVY;
        }
        return r < 0.45 ? Intensity.LIGHT : r < 0.95 ? Intensity.MODERATE : Intensity.HEAVY;
    }

    /** One in ten has a morning, an afternoon or a whole day they cannot work; a few have two. */
    private void unavailablePeriods(GeneratedParticipant person) {
        double r = random.nextDouble();
        int periods = r < 0.02 ? 2 : r < 0.12 ? 1 : 0;
        int stayDays = (int) (person.departsOn.toEpochDay() - person.arrivesOn.toEpochDay()) + 1;
        List<Integer> days = new ArrayList<>();
        while (days.size() < Math.min(periods, stayDays)) {
            int day = random.nextInt(stayDays);
            if (!days.contains(day)) {
                days.add(day);
            }
        }
        days.sort(null);
        for (int offset : days) {
            LocalDate day = person.arrivesOn.plusDays(offset);
            String[] hours = switch (random.nextInt(3)) {
                case 0 -> new String[] {"08:00", "12:30"};
                case 1 -> new String[] {"13:00", "17:30"};
                default -> new String[] {"06:00", "20:00"};
            };
            person.unavailable.add(day + "T" + hours[0] + "/" + day + "T" + hours[1]);
        }
    }

    /** About 8% come as mutual buddy pairs, 4% name a buddy alone, 3% ask to avoid someone. */
    private void pairBuddiesAndAvoids(List<GeneratedParticipant> people) {
        int n = people.size();
        for (int pair = 0; pair < Math.round(n * 0.04); pair++) {
            var a = people.get(random.nextInt(n));
            var b = people.get(random.nextInt(n));
            if (a != b && a.buddies.isEmpty() && b.buddies.isEmpty()) {
                a.buddies.add(b.nickname);
                b.buddies.add(a.nickname);
            }
        }
        for (int i = 0; i < Math.round(n * 0.04); i++) {
            var a = people.get(random.nextInt(n));
            var b = people.get(random.nextInt(n));
            if (a != b && !a.buddies.contains(b.nickname)) {
                a.buddies.add(b.nickname);
            }
        }
        for (int i = 0; i < Math.max(1, Math.round(n * 0.03)); i++) {
            var a = people.get(random.nextInt(n));
            var b = people.get(random.nextInt(n));
            if (a != b && !a.buddies.contains(b.nickname) && !a.avoid.contains(b.nickname)) {
                a.avoid.add(b.nickname);
            }
        }
    }
}
