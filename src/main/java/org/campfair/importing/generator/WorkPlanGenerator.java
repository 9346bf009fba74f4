package org.campfair.importing.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Makes up the sites, tasks and shifts of a generated camp: one crew of about 30 people per
 * hamlet, each with its own terraces, field, forest path, hall, vacant house and shrine. The
 * minimum headcounts of ordinary work days are then calibrated so that the required seat-hours
 * of a day are 52-58% of what the people present can work that day (the sum of their
 * max_hours_per_day), as in the sample camp: enough slack for the solver to be fair, not so
 * much that every roster is trivially full.
 */
final class WorkPlanGenerator {

    static final String VILLAGE = "Hinokidani";
    static final String DISTRICT = "Agawa District, Kochi";
    static final double LATITUDE = 33.5521;
    static final double LONGITUDE = 133.2034;

    record Site(String name, String address, double latitude, double longitude) {
    }

    record WorkPlan(List<Site> sites, List<List<String>> tasksByHamlet, List<PlannedShift> shifts) {
    }

    private final RandomGenerator random;

    WorkPlanGenerator(RandomGenerator random) {
        this.random = random;
    }

    WorkPlan generate(CampSize size, LocalDate first, List<GeneratedParticipant> people) {
        var sites = new ArrayList<Site>();
        var tasksByHamlet = new ArrayList<List<String>>();
        for (int h = 0; h < size.hamlets(); h++) {
            String hamlet = NamePool.hamlet(h);
            double angle = 2 * Math.PI * h / size.hamlets();
            double radius = size.hamlets() == 1 ? 0 : 0.012 + 0.03 * random.nextDouble();
            double lat = LATITUDE + radius * Math.sin(angle);
            double lon = LONGITUDE + radius * Math.cos(angle);
            List<String> siteKinds = new ArrayList<>();
            for (TaskKind kind : TaskKind.values()) {
                if (!siteKinds.contains(kind.site)) {
                    siteKinds.add(kind.site);
                    sites.add(new Site(kind.siteName(hamlet), address(random, hamlet), jitter(lat), jitter(lon)));
                }
            }
            tasksByHamlet.add(List.of(TaskKind.values()).stream().map(k -> k.taskName(hamlet)).toList());
        }
        LocalDate last = first.plusDays(size.days() - 1L);
        var shifts = new ArrayList<PlannedShift>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            var ofDay = new ArrayList<PlannedShift>();
            for (int h = 0; h < size.hamlets(); h++) {
                String hamlet = NamePool.hamlet(h);
                for (var slot : DayPlan.slots(day, first, last)) {
                    ofDay.add(new PlannedShift(slot.kind().taskName(hamlet), slot.kind(), day, slot.start(),
                            slot.end(), slot.min(), slot.max(), slot.needsLead()));
                }
            }
            if (DayPlan.isWorkDay(day, first, last)) {
                calibrate(ofDay, capacity(people, day) * (0.52 + 0.06 * random.nextDouble()));
            }
            shifts.addAll(ofDay);
        }
        return new WorkPlan(sites, tasksByHamlet, shifts);
    }

    static String address(RandomGenerator random, String hamlet) {
        return (100 + random.nextInt(3000)) + " " + hamlet + ", " + VILLAGE + ", " + DISTRICT;
    }

    private double jitter(double degrees) {
        return Math.round((degrees + (random.nextDouble() - 0.5) * 0.008) * 10_000) / 10_000.0;
    }

    /** Hours the people present on the day could work at most. */
    private static double capacity(List<GeneratedParticipant> people, LocalDate day) {
        return people.stream().filter(p -> p.isPresentOn(day)).mapToInt(p -> p.maxHoursPerDay).sum();
    }

    /** Raises or lowers the minimum of unskilled shifts, one person at a time, towards the target. */
    private void calibrate(List<PlannedShift> ofDay, double targetHours) {
        var adjustable = ofDay.stream().filter(s -> s.kind.needsNoSkill()).toList();
        double demand = ofDay.stream().mapToDouble(s -> s.min * s.hours()).sum();
        int guard = 100_000;
        while (demand < targetHours - 1.5 && guard-- > 0) {
            var shift = adjustable.get(random.nextInt(adjustable.size()));
            if (shift.min < 8) {
                shift.min++;
                shift.max = Math.max(shift.max, shift.min + 1);
                demand += shift.hours();
            }
        }
        while (demand > targetHours + 1.5 && guard-- > 0) {
            var shift = adjustable.get(random.nextInt(adjustable.size()));
            if (shift.min > 1) {
                shift.min--;
                demand -= shift.hours();
            }
        }
    }

    static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.4f", degrees);
    }
}
