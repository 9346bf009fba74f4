package org.campfair.roster.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.campfair.roster.fairness.Fairness;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Shift;
import org.campfair.roster.model.Volunteer;

/**
 * Writes a solved roster as two plain CSV files (people.csv, seats.csv) for analysis outside
 * the benchmark, such as docs/analysis/fairness_bound_lp.py. Ids only: generated camps hold no
 * real people, and the files carry no nicknames anyway.
 */
final class RosterDump {

    private RosterDump() {
    }

    static void write(Roster roster, Path folder) throws IOException {
        Files.createDirectories(folder);
        var minutes = Fairness.workedMinutes(roster);
        Map<Volunteer, Set<LocalDate>> workingDays = new HashMap<>();
        for (Seat seat : roster.getSeats()) {
            if (seat.getVolunteer() != null) {
                workingDays.computeIfAbsent(seat.getVolunteer(), v -> new HashSet<>()).add(seat.getShift().getDay());
            }
        }
        try (var out = new PrintWriter(Files.newBufferedWriter(folder.resolve("people.csv")))) {
            out.println("id,returning,max_hours_per_day,intensity_comfort,skills,available_days,arrives_on,departs_on,"
                    + "unavailable,minutes,working_days");
            for (Volunteer v : roster.getVolunteers()) {
                out.printf(Locale.ROOT, "%d,%s,%d,%s,%s,%d,%s,%s,%s,%d,%d%n", v.getId(), v.isReturning(),
                        v.getMaxHoursPerDay(), v.getIntensityComfort(), String.join(";", new TreeSet<>(v.getSkills())),
                        v.availableDays(), v.getArrivesOn(), v.getDepartsOn(), v.getUnavailable().stream()
                                .map(w -> w.start() + "/" + w.end()).collect(Collectors.joining(";")),
                        minutes.getOrDefault(v, 0L), workingDays.getOrDefault(v, Set.of()).size());
            }
        }
        try (var out = new PrintWriter(Files.newBufferedWriter(folder.resolve("seats.csv")))) {
            out.println("shift,day,start,end,minutes,skills,intensity,needs_lead,min,max,volunteer");
            for (Seat seat : roster.getSeats()) {
                Shift shift = seat.getShift();
                out.printf(Locale.ROOT, "%d,%s,%s,%s,%d,%s,%s,%s,%d,%d,%s%n", shift.getId(), shift.getDay(),
                        shift.getStart().toLocalTime(), shift.getEnd().toLocalTime(), shift.durationMinutes(),
                        String.join(";", new TreeSet<>(shift.getRequiredSkills())), shift.getIntensity(),
                        shift.needsLead(), shift.getMinHeadcount(), shift.getMaxHeadcount(),
                        seat.getVolunteer() == null ? "" : String.valueOf(seat.getVolunteer().getId()));
            }
        }
    }
}
