package org.campfair.importing.generator;

import static org.campfair.importing.generator.TaskKind.COOKING;
import static org.campfair.importing.generator.TaskKind.HARVEST;
import static org.campfair.importing.generator.TaskKind.HOUSE_CLEANING;
import static org.campfair.importing.generator.TaskKind.PATH_CLEARING;
import static org.campfair.importing.generator.TaskKind.PICKLING;
import static org.campfair.importing.generator.TaskKind.PRODUCE_RUN;
import static org.campfair.importing.generator.TaskKind.SHRINE_TIDY;
import static org.campfair.importing.generator.TaskKind.WEEDING;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One crew's shifts on one kind of day, before calibration: the arrival day has only
 * afternoon work and dinner, Sunday and the departure day are short, and a work day runs from
 * breakfast to dinner with the heavy clearing twice a week.
 */
final class DayPlan {

    record Slot(TaskKind kind, LocalTime start, LocalTime end, int min, int max, boolean needsLead) {

        static Slot of(TaskKind kind, String start, String end, int min, int max) {
            return new Slot(kind, LocalTime.parse(start), LocalTime.parse(end), min, max,
                    kind == PATH_CLEARING || kind == PICKLING);
        }
    }

    private static final List<Slot> ARRIVAL = List.of(
            Slot.of(HARVEST, "14:00", "16:30", 2, 4),
            Slot.of(HOUSE_CLEANING, "14:00", "16:00", 2, 3),
            Slot.of(SHRINE_TIDY, "14:00", "16:00", 2, 3),
            Slot.of(COOKING, "16:30", "19:00", 3, 4));

    private static final List<Slot> WORK = List.of(
            Slot.of(COOKING, "06:30", "08:30", 2, 3),
            Slot.of(PATH_CLEARING, "08:30", "12:00", 2, 3),
            Slot.of(WEEDING, "08:30", "11:30", 3, 5),
            Slot.of(HARVEST, "08:30", "11:30", 3, 5),
            Slot.of(PICKLING, "09:00", "12:00", 2, 3),
            Slot.of(HOUSE_CLEANING, "09:00", "12:00", 2, 4),
            Slot.of(PICKLING, "13:00", "16:00", 2, 3),
            Slot.of(WEEDING, "13:30", "16:30", 3, 5),
            Slot.of(HARVEST, "13:30", "16:30", 2, 4),
            Slot.of(HOUSE_CLEANING, "13:30", "16:00", 2, 3),
            Slot.of(PRODUCE_RUN, "16:00", "17:30", 1, 2),
            Slot.of(COOKING, "16:30", "19:00", 3, 4));

    private static final Slot AFTERNOON_CLEARING = Slot.of(PATH_CLEARING, "13:30", "16:00", 2, 3);
    private static final Slot AFTERNOON_SHRINE = Slot.of(SHRINE_TIDY, "14:00", "16:00", 2, 3);

    private static final List<Slot> SUNDAY = List.of(
            Slot.of(COOKING, "06:30", "08:30", 2, 3),
            Slot.of(HARVEST, "08:30", "11:00", 2, 4),
            Slot.of(COOKING, "16:30", "19:00", 3, 4));

    private static final List<Slot> DEPARTURE = List.of(
            Slot.of(COOKING, "06:30", "08:30", 2, 3),
            Slot.of(HARVEST, "08:30", "11:00", 2, 4),
            Slot.of(HOUSE_CLEANING, "09:00", "11:00", 2, 3),
            Slot.of(COOKING, "11:00", "13:00", 2, 3));

    private DayPlan() {
    }

    /** True for the ordinary work days whose demand is calibrated to the people present. */
    static boolean isWorkDay(LocalDate day, LocalDate first, LocalDate last) {
        return !day.equals(first) && !day.equals(last) && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    static List<Slot> slots(LocalDate day, LocalDate first, LocalDate last) {
        if (day.equals(first)) {
            return ARRIVAL;
        }
        if (day.equals(last)) {
            return DEPARTURE;
        }
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return SUNDAY;
        }
        var slots = new ArrayList<>(WORK);
        var dow = day.getDayOfWeek();
        slots.add(slots.size() - 2,
                dow == DayOfWeek.WEDNESDAY || dow == DayOfWeek.FRIDAY ? AFTERNOON_CLEARING : AFTERNOON_SHRINE);
        return slots;
    }
}
