package org.campfair;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole app on a real server port and a fresh embedded PostgreSQL with the sample camp
 * loaded, solving until the first feasible roster. Every test class with this annotation shares one application context, so the
 * database starts once per test run; tests that change data make their own camps.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "campfair.embedded-db.data-dir=",
            "campfair.data-dir=target/test-data",
            // Tests need a feasible roster, not the fairest one: stop at the first that fills every
            // minimum, with room for a busy CI machine.
            "campfair.solver.time-limit=90s",
            "campfair.solver.unimproved-limit=60s",
            "campfair.solver.best-score-limit=0hard/0medium/*soft",
            // Tests make the backups they check themselves; no daily one into target/test-data.
            "campfair.backups.daily-at=off",
            // No background take rehearsals reading beside the tests; TakeWarmUpTest runs its own.
            "campfair.self-service.warm-up-takes=0",
        })
public @interface CampfairIntegrationTest {
}
