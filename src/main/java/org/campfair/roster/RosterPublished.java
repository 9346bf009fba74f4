package org.campfair.roster;

import java.time.Instant;

/** A camp's roster was published: calendars and invites follow from it. */
public record RosterPublished(long campId, long publicationId, Instant publishedAt) {
}
