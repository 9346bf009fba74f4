/**
 * The rules of a good roster, written as Timefold constraint streams, and the solver
 * configuration that searches for one. Hard rules keep the camp safe and honest (skills,
 * availability, rest, leads, beds and rooms), medium rules get every required seat and every
 * volunteer placed, and soft rules make the roster fair and kind: fairness, a gentle start
 * for newcomers, wishes, buddies, short ways to work, few houses opened, days off, and
 * stability when a published roster is re-planned. Every rule's level, name, default weight
 * and sentence have one home, {@link org.campfair.roster.solver.Rule}; the soft weights can be
 * set per camp ({@link org.campfair.roster.solver.RosterWeights}).
 */
@org.jspecify.annotations.NullMarked
package org.campfair.roster.solver;
