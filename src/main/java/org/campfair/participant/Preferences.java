package org.campfair.participant;

import java.time.LocalDate;
import java.util.List;
import org.campfair.task.Intensity;

/**
 * What a participant tells the camp about themselves: when they come and go, days they
 * cannot work, skills, tasks they like or dislike, how hard they like to work, room and
 * access needs, whom they want to work with or away from (by nickname) and their language.
 * Tasks and people are named as the participant sees them: task names and nicknames.
 */
public record Preferences(
        LocalDate arrivesOn,
        LocalDate departsOn,
        List<LocalDate> unavailableDays,
        List<String> skills,
        List<String> likedTasks,
        List<String> dislikedTasks,
        Intensity intensityComfort,
        boolean needsPrivateRoom,
        boolean needsStepFree,
        List<String> buddies,
        List<String> avoids,
        String language) {

    public Preferences {
        unavailableDays = unavailableDays.stream().distinct().sorted().toList();
        skills = List.copyOf(skills);
        likedTasks = List.copyOf(likedTasks);
        dislikedTasks = List.copyOf(dislikedTasks);
        buddies = List.copyOf(buddies);
        avoids = List.copyOf(avoids);
    }
}
