package org.campfair.roster.benchmark;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The app with a mock web environment (no server port) on a fresh embedded PostgreSQL, without the sample camp, and
 * quiet: the benchmark's own lines are the output.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
            "campfair.embedded-db.data-dir=",
            "campfair.data-dir=target/bench-data",
            "campfair.sample-camp.load=false",
            "spring.main.banner-mode=off",
            "logging.level.root=WARN",
        })
@interface BenchmarkContext {
}
