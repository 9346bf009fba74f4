/**
 * The rules of a good roster, written as Timefold constraint streams, and the solver
 * configuration that searches for one. Hard rules keep the camp safe and honest (skills,
 * availability, beds), medium rules get every required seat and every volunteer placed, and
 * soft rules spread the work fairly.
 */
@org.jspecify.annotations.NullMarked
package org.campfair.roster.solver;
