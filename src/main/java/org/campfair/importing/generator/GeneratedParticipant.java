package org.campfair.importing.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.campfair.participant.Gender;
import org.campfair.task.Intensity;
import org.jspecify.annotations.Nullable;

/**
 * One row of participants.csv while the camp is being made up. Mutable because work, housing
 * and preferences are drawn after the people, and each needs to know about the others.
 */
final class GeneratedParticipant {

    final String nickname;
    final String legalName;
    final String language;
    final @Nullable Gender gender;
    final LocalDate arrivesOn;
    final LocalDate departsOn;
    final boolean returning;
    final Set<String> skills = new TreeSet<>();
    int maxHoursPerDay;
    Intensity intensityComfort;
    boolean needsPrivateRoom;
    boolean needsStepFree;
    final List<String> likedTasks = new ArrayList<>();
    final List<String> dislikedTasks = new ArrayList<>();
    final List<String> buddies = new ArrayList<>();
    final List<String> avoid = new ArrayList<>();
    final List<String> unavailable = new ArrayList<>();

    GeneratedParticipant(String nickname, String legalName, String language, @Nullable Gender gender,
            LocalDate arrivesOn, LocalDate departsOn, boolean returning, int maxHoursPerDay,
            Intensity intensityComfort) {
        this.nickname = nickname;
        this.legalName = legalName;
        this.language = language;
        this.gender = gender;
        this.arrivesOn = arrivesOn;
        this.departsOn = departsOn;
        this.returning = returning;
        this.maxHoursPerDay = maxHoursPerDay;
        this.intensityComfort = intensityComfort;
    }

    boolean isPresentOn(LocalDate day) {
        return !day.isBefore(arrivesOn) && !day.isAfter(departsOn);
    }

    String email() {
        return nickname.toLowerCase(java.util.Locale.ROOT) + "@example.org";
    }

    Object[] row() {
        return new Object[] {nickname, legalName, email(), language, gender == null ? "" : gender.name(),
                arrivesOn, departsOn, String.join(";", skills), returning, maxHoursPerDay, intensityComfort.name(),
                needsPrivateRoom, needsStepFree, String.join(";", likedTasks), String.join(";", dislikedTasks),
                String.join(";", buddies), String.join(";", avoid), String.join(";", unavailable)};
    }
}
