package org.campfair.backup.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Ends a refused restore with its reason in a few plain lines, not a stack trace (META-INF/spring.factories). */
class RestoreFailureAnalyzer extends AbstractFailureAnalyzer<RestoreRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RestoreRefusedException cause) {
        return new FailureAnalysis("The backup was not restored: " + cause.getMessage(),
                "Restore into a fresh, empty data folder from an intact backup: stop Campfair, move the data folder "
                        + "(campfair.embedded-db.data-dir, by default .campfair/pgdata) away, and start again with "
                        + "--campfair.restore-from=<backup zip>. Nothing was started.",
                cause);
    }
}
