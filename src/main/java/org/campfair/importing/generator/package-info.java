/**
 * Seeded, made-up camps of three sizes (S, M, L) in the sample-data CSV format: one generator
 * feeds demo data, tests and the roster benchmark, and every camp it makes goes through the
 * real importer. The people, skills, needs, houses and shifts follow the sample camp's mix,
 * with each day's required work calibrated to what the people present can do.
 */
@org.jspecify.annotations.NullMarked
package org.campfair.importing.generator;
