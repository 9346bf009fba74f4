package org.campfair.task;

import java.util.List;

/** Work a village offers in one camp, at one site; everyone on its shifts needs all its skills. */
public record Task(long id, long campId, long siteId, String name, String description, List<String> requiredSkills,
        Intensity intensity, boolean indoor, String whatToBring, int version) {

    /** The skills the sample data and the generator use; tasks may name others. */
    public static final List<String> KNOWN_SKILLS =
            List.of("food_hygiene", "cooking", "brush_cutter", "pruning", "first_aid", "driving");

    public Task {
        requiredSkills = List.copyOf(requiredSkills);
    }
}
