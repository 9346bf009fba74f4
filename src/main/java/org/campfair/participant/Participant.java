package org.campfair.participant;

import java.time.LocalDate;
import java.util.List;
import org.campfair.task.Intensity;
import org.jspecify.annotations.Nullable;

/**
 * Someone who takes part in a camp. The nickname is the only name hosts and other
 * participants ever see; legal name, email and gender are for organizers only.
 */
public record Participant(
        long id,
        long campId,
        String nickname,
        String legalName,
        String email,
        String language,
        @Nullable Gender gender,
        LocalDate arrivesOn,
        LocalDate departsOn,
        List<String> skills,
        boolean returning,
        int maxHoursPerDay,
        Intensity intensityComfort,
        boolean needsPrivateRoom,
        boolean needsStepFree,
        int version) {

    public Participant {
        skills = List.copyOf(skills);
    }

}
