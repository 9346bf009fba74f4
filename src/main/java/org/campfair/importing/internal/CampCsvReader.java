package org.campfair.importing.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.campfair.housing.RoomRule;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportException;
import org.campfair.importing.ImportProblem;
import org.campfair.importing.internal.CampDraft.CampRow;
import org.campfair.importing.internal.CampDraft.ParticipantRow;
import org.campfair.importing.internal.CampDraft.RoomRow;
import org.campfair.importing.internal.CampDraft.ShiftRow;
import org.campfair.importing.internal.CampDraft.SiteRow;
import org.campfair.importing.internal.CampDraft.TaskRow;
import org.campfair.importing.internal.CsvTable.Row;
import org.campfair.participant.Gender;
import org.campfair.task.Intensity;
import org.jspecify.annotations.Nullable;

/**
 * Reads a whole camp from its CSV files and checks every cell and every cross-reference
 * (a shift's task, a liked task, a buddy's nickname) before anything is saved.
 */
public final class CampCsvReader {

    public static final String CAMP = "camp.csv";
    public static final String SITES = "sites.csv";
    public static final String HOUSES = "houses.csv";
    public static final String TASKS = "tasks.csv";
    public static final String SHIFTS = "shifts.csv";
    public static final String PARTICIPANTS = "participants.csv";

    private final List<ImportProblem> problems = new ArrayList<>();

    /** The checked camp, or a {@link CampImportException} listing every problem found. */
    public static CampDraft read(CampFiles files) {
        return new CampCsvReader().readAll(files);
    }

    private CampDraft readAll(CampFiles files) {
        var campRows = rows(files, CAMP, List.of("name", "village", "starts_on", "ends_on", "time_zone", "language"),
                this::camp);
        var sites = rows(files, SITES, List.of("village", "site", "address", "latitude", "longitude"), this::site);
        var rooms = rows(files, HOUSES, List.of("house", "address", "latitude", "longitude", "room", "beds",
                "private", "step_free", "quiet", "rule"), this::room);
        var tasks = rows(files, TASKS, List.of("task", "site", "description", "required_skills", "intensity",
                "indoor", "what_to_bring"), this::task);
        var shifts = rows(files, SHIFTS, List.of("task", "date", "start", "end", "min", "max", "needs_lead"),
                this::shift);
        var participants = rows(files, PARTICIPANTS, List.of("nickname", "legal_name", "email", "language", "gender",
                "arrives_on", "departs_on", "skills", "returning", "max_hours_per_day", "intensity_comfort",
                "needs_private_room", "needs_step_free", "liked_tasks", "disliked_tasks", "buddies", "avoid",
                "unavailable"), this::participant);
        if (campRows.size() != 1 && problems.stream().noneMatch(p -> p.file().equals(CAMP))) {
            problems.add(new ImportProblem(CAMP, 2, "", "importing.problem.campRows", String.valueOf(campRows.size())));
        }
        if (!problems.isEmpty()) {
            throw new CampImportException(problems);
        }
        var draft = new CampDraft(campRows.getFirst(), sites, rooms, tasks, shifts, participants);
        new CampReferenceCheck(draft, problems).run();
        if (!problems.isEmpty()) {
            throw new CampImportException(problems);
        }
        return draft;
    }

    private <T> List<T> rows(CampFiles files, String file, List<String> columns, Function<Row, @Nullable T> mapper) {
        var text = files.read(file);
        if (text.isEmpty()) {
            problems.add(new ImportProblem(file, 0, "", "importing.problem.fileMissing"));
            return List.of();
        }
        int before = problems.size();
        var table = CsvTable.read(file, text.get(), columns, problems);
        if (problems.size() > before) {
            return List.of();
        }
        var result = new ArrayList<T>();
        var keys = new HashSet<String>();
        for (Row row : table.rows()) {
            int problemsBefore = problems.size();
            T value = mapper.apply(row);
            if (value != null && problems.size() == problemsBefore) {
                String key = keyOf(value);
                if (key != null && !keys.add(key)) {
                    row.problem("", "importing.problem.duplicate", key);
                }
                result.add(value);
            }
        }
        return result;
    }

    private static @Nullable String keyOf(Object row) {
        return switch (row) {
            case SiteRow s -> s.village() + " / " + s.name();
            case RoomRow r -> r.house() + " / " + r.room();
            case TaskRow t -> t.name();
            case ParticipantRow p -> p.nickname();
            default -> null;
        };
    }

    private @Nullable CampRow camp(Row row) {
        var name = row.required("name");
        var village = row.required("village");
        var starts = row.date("starts_on");
        var ends = row.date("ends_on");
        var zoneText = row.required("time_zone");
        ZoneId zone = null;
        if (zoneText != null) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                row.problem("time_zone", "importing.problem.timeZone", zoneText);
            }
        }
        if (starts != null && ends != null && ends.isBefore(starts)) {
            row.problem("ends_on", "importing.problem.campEndsBeforeStart");
        }
        String language = row.text("language").isEmpty() ? "ja" : row.text("language");
        if (name == null || village == null || starts == null || ends == null || zone == null) {
            return null;
        }
        return new CampRow(name, village, starts, ends, zone, language);
    }

    private @Nullable SiteRow site(Row row) {
        var village = row.required("village");
        var name = row.required("site");
        var lat = row.decimal("latitude", -90, 90);
        var lon = row.decimal("longitude", -180, 180);
        if (village == null || name == null || lat == null || lon == null) {
            return null;
        }
        return new SiteRow(village, name, row.text("address"), lat, lon);
    }

    private @Nullable RoomRow room(Row row) {
        var house = row.required("house");
        var lat = row.decimal("latitude", -90, 90);
        var lon = row.decimal("longitude", -180, 180);
        var room = row.required("room");
        var beds = row.integer("beds", 1, 20);
        boolean privateRoom = row.bool("private");
        if (beds != null && privateRoom && beds != 1) {
            row.problem("beds", "importing.problem.privateRoomBeds", String.valueOf(beds));
        }
        var rule = row.optionalEnum("rule", RoomRule.class);
        if (house == null || lat == null || lon == null || room == null || beds == null) {
            return null;
        }
        return new RoomRow(house, row.text("address"), lat, lon, room, beds, privateRoom, row.bool("step_free"),
                row.bool("quiet"), rule);
    }

    private @Nullable TaskRow task(Row row) {
        var name = row.required("task");
        var site = row.required("site");
        var intensity = row.requiredEnum("intensity", Intensity.class);
        if (name == null || site == null || intensity == null) {
            return null;
        }
        return new TaskRow(name, site, row.text("description"), row.list("required_skills"), intensity,
                row.bool("indoor"), row.text("what_to_bring"));
    }

    private @Nullable ShiftRow shift(Row row) {
        var task = row.required("task");
        var day = row.date("date");
        var start = row.time("start");
        var end = row.time("end");
        var min = row.integer("min", 0, 100);
        var max = row.integer("max", 1, 100);
        if (start != null && end != null && !end.isAfter(start)) {
            row.problem("end", "importing.problem.shiftEnd", String.valueOf(end), String.valueOf(start));
        }
        if (min != null && max != null && max < min) {
            row.problem("max", "importing.problem.maxBelowMin", String.valueOf(max), String.valueOf(min));
        }
        if (task == null || day == null || start == null || end == null || min == null || max == null) {
            return null;
        }
        return new ShiftRow(task, day, start, end, min, max, row.bool("needs_lead"));
    }

    private @Nullable ParticipantRow participant(Row row) {
        var nickname = row.required("nickname");
        var arrives = row.date("arrives_on");
        var departs = row.date("departs_on");
        if (arrives != null && departs != null && departs.isBefore(arrives)) {
            row.problem("departs_on", "importing.problem.departsBeforeArrives");
        }
        String email = row.text("email");
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            row.problem("email", "importing.problem.email");
        }
        var gender = row.optionalEnum("gender", Gender.class);
        var maxHours = row.integer("max_hours_per_day", 0, 12);
        var comfort = row.optionalEnum("intensity_comfort", Intensity.class);
        var unavailable = row.periods("unavailable");
        if (nickname == null || arrives == null || departs == null || maxHours == null) {
            return null;
        }
        String language = row.text("language").isEmpty() ? "ja" : row.text("language");
        return new ParticipantRow(nickname, row.text("legal_name"), email, language, gender, arrives, departs,
                row.list("skills"), row.bool("returning"), maxHours, comfort == null ? Intensity.MODERATE : comfort,
                row.bool("needs_private_room"), row.bool("needs_step_free"), row.list("liked_tasks"),
                row.list("disliked_tasks"), row.list("buddies"), row.list("avoid"), unavailable);
    }
}
