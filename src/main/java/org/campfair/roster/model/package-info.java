/**
 * The roster as Timefold Solver sees it: volunteers, shifts and beds are fixed facts, while
 * each seat on a shift and each volunteer's stay are planning entities whose volunteer or bed
 * the solver chooses. These are plain classes, kept apart from persistence; the mapping
 * between the database and this model lives in one place elsewhere in the roster feature.
 */
@org.jspecify.annotations.NullMarked
package org.campfair.roster.model;
