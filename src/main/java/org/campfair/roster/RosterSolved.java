package org.campfair.roster;

/**
 * A solve job ended and its roster is saved as the camp's working roster; the camp is idle
 * again. Nothing reached participants: that takes a {@link RosterPublished}.
 */
public record RosterSolved(long campId, long jobId) {
}
