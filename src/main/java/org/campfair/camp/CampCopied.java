package org.campfair.camp;

/**
 * A new camp was started from an earlier one. Features that own part of a camp's set-up
 * (villages and tasks, houses) copy theirs in the same transaction, moving dates by
 * {@code dayOffset} and leaving out what would fall outside the new camp. Participants and
 * rosters are never copied: a new year has new people.
 */
public record CampCopied(long templateCampId, long newCampId, long dayOffset) {
}
