package org.campfair;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole app on a real server port and a fresh embedded PostgreSQL with the sample camp
 * loaded. Every test class with this annotation shares one application context, so the
 * database starts once per test run; tests that change data make their own camps.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "campfair.embedded-db.data-dir=",
            "campfair.data-dir=target/test-data",
            "campfair.solver.time-limit=20s",
            "campfair.solver.unimproved-limit=3s",
        })
public @interface CampfairIntegrationTest {
}
