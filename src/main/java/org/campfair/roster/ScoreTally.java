package org.campfair.roster;

/**
 * A roster's score in things a person can picture, for the roster page's "all rules kept;
 * 3 wishes not met": how many times a hard rule is broken, how many required seats are open,
 * how many people have no bed, and how many of a participant's wishes are not met (a task they
 * dislike, a sixth working day in a row, a newcomer's too-hard first days; see
 * {@link org.campfair.roster.solver.Rule#deniesAWish()}).
 */
public record ScoreTally(int rulesBroken, int openSeats, int withoutBed, int wishesNotMet) {
}
