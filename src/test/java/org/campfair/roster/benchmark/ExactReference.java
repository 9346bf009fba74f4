package org.campfair.roster.benchmark;

import java.util.List;
import org.campfair.roster.model.Roster;

/**
 * The exact fairness reference of {@code -Dbench.exact=true}: the fairest roster the hard rules
 * allow, proven with CP-SAT, against which a solved roster's sd is read. The implementation
 * lives in src/bench/java, compiled in the bench profile only, because OR-Tools and its 26 MB
 * native library belong on no other class path; so it is loaded by name.
 */
interface ExactReference {

    String IMPLEMENTATION = "org.campfair.roster.benchmark.CpSatReference";

    /** One line per reference (hard rules only; and the rules the roster kept), for a bench-exact line each. */
    List<String> compare(Roster solved);

    static ExactReference load() {
        try {
            return (ExactReference) Class.forName(IMPLEMENTATION).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("-Dbench.exact=true needs the bench profile (./mvnw -Pbench verify),"
                    + " which compiles src/bench/java and brings OR-Tools", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot start the exact reference " + IMPLEMENTATION, e);
        }
    }
}
