package org.campfair.roster.internal;

import java.util.Random;
import org.campfair.roster.model.Roster;

/**
 * A generated camp whose working roster is a seeded random spread of its people over its seats,
 * saved and published ({@link SpreadCamps}).
 *
 * @param roster the roster as spread and saved, to change further or to read its shifts and seats
 * @param publicationId the publication of the spread
 * @param random the spread's random numbers, drawn on from where the spread stopped, so a test's
 *     further random changes follow from the same seed
 */
public record SpreadCamp(long campId, Roster roster, long publicationId, Random random) {
}
