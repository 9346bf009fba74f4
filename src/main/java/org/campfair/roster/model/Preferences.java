package org.campfair.roster.model;

import java.util.Set;

/**
 * What a volunteer asked for: tasks they like or dislike, people they would like to live and
 * work with (buddies) and people they would rather keep apart from. Requests point one way in
 * the database; the volunteer methods that read them treat a pair as asked for when either
 * side asked.
 */
public record Preferences(Set<Long> likedTaskIds, Set<Long> dislikedTaskIds, Set<Long> buddyIds,
        Set<Long> avoidIds) {

    public static final Preferences NONE = new Preferences(Set.of(), Set.of(), Set.of(), Set.of());

    public Preferences {
        likedTaskIds = Set.copyOf(likedTaskIds);
        dislikedTaskIds = Set.copyOf(dislikedTaskIds);
        buddyIds = Set.copyOf(buddyIds);
        avoidIds = Set.copyOf(avoidIds);
    }
}
