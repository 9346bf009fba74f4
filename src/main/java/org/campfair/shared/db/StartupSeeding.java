package org.campfair.shared.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up seeding (the sample camp, generated camps, demo accounts) one instance at a time.
 * Each step checks whether its data is there and creates it if not; when several instances
 * start together on an empty database, that check-then-create would run in each of them at
 * once and either seed twice or fail on a unique key and stop the instance. A step runs here
 * in one transaction holding a PostgreSQL advisory lock shared by all instances, so a later
 * instance waits until the earlier one has committed and then finds the data there.
 */
@Component
@NamedInterface("db")
public class StartupSeeding {

    /** The advisory lock's key: "SEED" in ASCII. */
    private static final long LOCK = 0x53454544L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    StartupSeeding(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs the step under the seeding lock, all or nothing. */
    public void inTurn(Runnable step) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, row) -> 1).list();
            step.run();
        });
    }
}
