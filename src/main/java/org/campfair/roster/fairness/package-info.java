/**
 * Measures how fairly a roster shares the work, the way the benchmark and the organizer see
 * it: hours per available day for every participant, their standard deviation, and the lowest
 * standard deviation any roster could reach with the same hours. It reads the planning model
 * only and changes nothing.
 */
@org.jspecify.annotations.NullMarked
package org.campfair.roster.fairness;
