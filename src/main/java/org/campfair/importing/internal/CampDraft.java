package org.campfair.importing.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.campfair.housing.RoomRule;
import org.campfair.participant.Gender;
import org.campfair.task.Intensity;
import org.jspecify.annotations.Nullable;

/** A camp read from CSV and checked cell by cell, ready to be saved in one transaction. */
public record CampDraft(
        CampRow camp,
        List<SiteRow> sites,
        List<RoomRow> rooms,
        List<TaskRow> tasks,
        List<ShiftRow> shifts,
        List<ParticipantRow> participants) {

    public record CampRow(String name, String village, LocalDate startsOn, LocalDate endsOn, ZoneId zone,
            String language) {
    }

    public record SiteRow(String village, String name, String address, double latitude, double longitude) {
    }

    public record RoomRow(String house, String address, double latitude, double longitude, String room, int beds,
            boolean privateRoom, boolean stepFree, boolean quiet, @Nullable RoomRule rule) {
    }

    public record TaskRow(String name, String site, String description, List<String> requiredSkills,
            Intensity intensity, boolean indoor, String whatToBring) {
    }

    public record ShiftRow(String task, LocalDate day, LocalTime start, LocalTime end, int min, int max,
            boolean needsLead) {
    }

    public record ParticipantRow(String nickname, String legalName, String email, String language,
            @Nullable Gender gender, LocalDate arrivesOn, LocalDate departsOn, List<String> skills, boolean returning,
            int maxHoursPerDay, Intensity intensityComfort, boolean needsPrivateRoom, boolean needsStepFree,
            List<String> likedTasks, List<String> dislikedTasks, List<String> buddies, List<String> avoid,
            List<LocalDateTime[]> unavailable) {
    }
}
