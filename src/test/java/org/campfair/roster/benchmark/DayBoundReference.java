package org.campfair.roster.benchmark;

import org.campfair.roster.model.Roster;

/**
 * The day-capacity bound of {@code -Dbench.dayBound=true}: a lower bound on the fairness sd that,
 * unlike the rule-ignoring one, sees each day's seats, the hours per day and the day off after
 * five in a row. It is a linear program solved with OR-Tools, which lives in src/bench/java
 * (bench profile only), so it is loaded by name like {@link ExactReference}.
 */
interface DayBoundReference {

    String IMPLEMENTATION = "org.campfair.roster.benchmark.DayBoundLine";

    /** {@code day_bound_sd=... day_bound_gap_pct=...} and how it was reached, for the bench-detail line. */
    String describe(Roster solved);

    static DayBoundReference load() {
        try {
            return (DayBoundReference) Class.forName(IMPLEMENTATION).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("-Dbench.dayBound=true needs the bench profile (./mvnw -Pbench verify),"
                    + " which compiles src/bench/java and brings OR-Tools", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot start the day bound " + IMPLEMENTATION, e);
        }
    }
}
