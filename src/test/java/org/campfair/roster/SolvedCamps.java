package org.campfair.roster;

import java.time.Duration;
import java.time.Instant;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;

/**
 * A freshly imported copy of the sample camp, solved once per test run and shared by the
 * tests that need a solved roster (solving takes seconds, not milliseconds).
 */
public final class SolvedCamps {

    private static Long solvedSampleCamp;

    private SolvedCamps() {
    }

    public static synchronized long sampleCamp(CampImportService importer, RosterService rosters) {
        if (solvedSampleCamp == null) {
            long campId = importer.importCamp(CampFiles.classpath("sample-data"));
            rosters.solve(campId);
            awaitSolved(rosters, campId, Duration.ofSeconds(180));
            solvedSampleCamp = campId;
        }
        return solvedSampleCamp;
    }

    public static SolveStatus awaitSolved(RosterService rosters, long campId, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            var status = rosters.status(campId);
            if (status.state() == SolveState.NOT_SOLVING && status.score() != null) {
                return status;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Camp " + campId + " was not solved within " + limit);
    }
}
