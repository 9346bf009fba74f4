package org.campfair.roster.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** What the solves on this instance count and time, for the metrics endpoint. */
record SolveMeters(Timer durations, Counter started, Counter resumed, Counter finished) {

    static SolveMeters on(MeterRegistry registry) {
        return new SolveMeters(Timer.builder("campfair.solve.duration")
                .description("Wall-clock time of roster solves, from start to the saved result")
                .register(registry),
                jobCounter(registry, "started"), jobCounter(registry, "resumed"), jobCounter(registry, "finished"));
    }

    private static Counter jobCounter(MeterRegistry registry, String event) {
        return Counter.builder("campfair.solve.jobs").tag("event", event)
                .description("Solve jobs started, resumed after an interruption, and finished on this instance")
                .register(registry);
    }
}
