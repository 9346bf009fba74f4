package org.campfair.camp;

/**
 * A new camp was started from an earlier one. Features that own part of a camp's set-up
 * (villages and tasks, houses) copy theirs in the same transaction, moving dates by
 * {@code dayOffset} and leaving out what would fall outside the new camp. Participants and
 * rosters are never copied: a new year has new people. Listened to with a plain
 * {@code @EventListener}, not {@code @ApplicationModuleListener}: that one runs after commit in
 * a transaction of its own, and a copy must be all or nothing.
 */
public record CampCopied(long templateCampId, long newCampId, long dayOffset) {
}
