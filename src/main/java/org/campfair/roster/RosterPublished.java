package org.campfair.roster;

import java.time.Instant;

/**
 * A camp's roster was published: calendars and invites follow from it.
 *
 * @param fillsOnly true for a participant's own take, hand-over or swap, which fills or exchanges
 *     seats but never leaves one empty; false for an organizer's publication, which may (and for
 *     an event stored before this field existed)
 */
public record RosterPublished(long campId, long publicationId, Instant publishedAt, boolean fillsOnly) {
}
