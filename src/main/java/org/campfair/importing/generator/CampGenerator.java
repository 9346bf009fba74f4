package org.campfair.importing.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.campfair.importing.internal.CampCsvReader;
import org.campfair.importing.generator.HousingGenerator.House;
import org.campfair.importing.generator.WorkPlanGenerator.WorkPlan;

/**
 * Makes up a realistic camp of a given size from a seed, written as the six CSV files of the
 * sample-data format, so demo data, tests and the benchmark all import camps through the
 * same importer as an organizer's spreadsheet. The same size and seed always give the same
 * files, byte for byte, on any JVM ({@link Random} is specified to be portable).
 *
 * <p>Run {@code CampGenerator M 42 target/camp-m} to write a camp into a folder.
 */
public final class CampGenerator {

    /** A Monday in the summer holidays; generated camps start on it so weekdays are stable. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2027, 8, 2);

    private CampGenerator() {
    }

    public static GeneratedCamp generate(CampSize size, long seed) {
        RandomGenerator random = new Random(seed);
        var names = new NamePool(random);
        var people = new ParticipantGenerator(random, names).generate(size, FIRST_DAY);
        var work = new WorkPlanGenerator(random).generate(size, FIRST_DAY, people);
        likesAndDislikes(random, people, work.tasksByHamlet());
        var houses = new HousingGenerator(random, names).generate(size, people);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(CampCsvReader.CAMP, camp(size, seed));
        files.put(CampCsvReader.SITES, sites(work));
        files.put(CampCsvReader.HOUSES, houses(houses));
        files.put(CampCsvReader.TASKS, tasks(work));
        files.put(CampCsvReader.SHIFTS, shifts(work));
        files.put(CampCsvReader.PARTICIPANTS, participants(people));
        return new GeneratedCamp(size, seed, files);
    }

    /** Writes a generated camp into a folder: {@code CampGenerator <S|M|L> <seed> <folder>}. */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: CampGenerator <S|M|L> <seed> <folder>");
            System.exit(2);
        }
        var camp = generate(CampSize.valueOf(args[0].toUpperCase(Locale.ROOT)), Long.parseLong(args[1]));
        System.out.println("Wrote " + camp.writeTo(Path.of(args[2])));
    }

    /** Most people like a task or two of their own crew; a quarter dislike one. */
    private static void likesAndDislikes(RandomGenerator random, List<GeneratedParticipant> people,
            List<List<String>> tasksByHamlet) {
        for (int i = 0; i < people.size(); i++) {
            var person = people.get(i);
            var tasks = new ArrayList<>(tasksByHamlet.get(i % tasksByHamlet.size()));
            int likes = random.nextDouble() < 0.3 ? 0 : random.nextDouble() < 0.65 ? 1 : 2;
            for (int l = 0; l < likes; l++) {
                person.likedTasks.add(tasks.remove(random.nextInt(tasks.size())));
            }
            if (random.nextDouble() < 0.25) {
                person.dislikedTasks.add(tasks.get(random.nextInt(tasks.size())));
            }
        }
    }

    private static String camp(CampSize size, long seed) {
        LocalDate last = FIRST_DAY.plusDays(size.days() - 1L);
        return new CsvText("name", "village", "starts_on", "ends_on", "time_zone", "language")
                .row(WorkPlanGenerator.VILLAGE + " Summer Work Camp 2027 (" + size + ", seed " + seed + ")",
                        WorkPlanGenerator.VILLAGE, FIRST_DAY, last, "Asia/Tokyo", "ja")
                .toString();
    }

    private static String sites(WorkPlan work) {
        var csv = new CsvText("village", "site", "address", "latitude", "longitude");
        work.sites().forEach(site -> csv.row(WorkPlanGenerator.VILLAGE, site.name(), site.address(),
                WorkPlanGenerator.coordinate(site.latitude()), WorkPlanGenerator.coordinate(site.longitude())));
        return csv.toString();
    }

    private static String houses(List<House> houses) {
        var csv = new CsvText("house", "address", "latitude", "longitude", "room", "beds", "private", "step_free",
                "quiet", "rule");
        for (var house : houses) {
            int number = 0;
            for (var room : house.rooms()) {
                csv.row(house.name(), house.address(), WorkPlanGenerator.coordinate(house.latitude()),
                        WorkPlanGenerator.coordinate(house.longitude()), room.kind() + " " + ++number, room.beds(),
                        room.privateRoom(), room.stepFree(), room.quiet(),
                        room.rule() == null ? "" : room.rule().name());
            }
        }
        return csv.toString();
    }

    private static String tasks(WorkPlan work) {
        var csv = new CsvText("task", "site", "description", "required_skills", "intensity", "indoor",
                "what_to_bring");
        for (int h = 0; h < work.tasksByHamlet().size(); h++) {
            String hamlet = NamePool.hamlet(h);
            for (TaskKind kind : TaskKind.values()) {
                csv.row(kind.taskName(hamlet), kind.siteName(hamlet), kind.description, String.join(";", kind.skills),
                        kind.intensity.name(), kind.indoor, kind.whatToBring);
            }
        }
        return csv.toString();
    }

    private static String shifts(WorkPlan work) {
        var csv = new CsvText("task", "date", "start", "end", "min", "max", "needs_lead");
        work.shifts().forEach(shift -> csv.row(shift.row()));
        return csv.toString();
    }

    private static String participants(List<GeneratedParticipant> people) {
        var csv = new CsvText("nickname", "legal_name", "email", "language", "gender", "arrives_on", "departs_on",
                "skills", "returning", "max_hours_per_day", "intensity_comfort", "needs_private_room",
                "needs_step_free", "liked_tasks", "disliked_tasks", "buddies", "avoid", "unavailable");
        people.forEach(person -> csv.row(person.row()));
        return csv.toString();
    }
}
