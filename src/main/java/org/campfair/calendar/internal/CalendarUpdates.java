package org.campfair.calendar.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jakarta.annotation.PreDestroy;
import org.campfair.roster.RosterPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a camp's calendar events up to its latest publication, once per publication. This
 * runs in the background right after a publish commits, so publishing returns at once
 * instead of after the seconds a large camp takes; feeds also call it before they are
 * served, so a failure here, a restart before the background work ran, or a publication made
 * before this code existed heals on the next request instead of leaving feeds stale. An
 * advisory lock and the calendar_publication row make sure a publication is applied, and its
 * invites queued, exactly once whoever gets there first.
 *
 * <p>The background work waits until the camp's publications settle: a quiet moment
 * ({@code campfair.calendar.settle-quiet}, 0.5 s) with no new one, at most
 * {@code campfair.calendar.settle-max} (5 s) after the first. A participant's seat take
 * publishes too, and in a rush of takes on the L camp each publication started a reconciliation
 * of the whole camp (about 1 s of CPU), which took twice the CPU of the takes themselves on the
 * two cores (docs/benchmark.md); settled, the rush's publications are applied once after it.
 * Feeds do not wait: they bring the calendars up to date on request.
 */
@Component
public class CalendarUpdates {

    private static final Logger log = LoggerFactory.getLogger(CalendarUpdates.class);
    /** First key of the advisory lock; the second is the camp id. "CAL" in ASCII. */
    private static final int LOCK_SPACE = 0x43414C;

    private final PublishedCampReader reader;
    private final CalendarEventStore store;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final CalendarGenerations generations;
    private final ThreadPoolTaskScheduler background;
    private final PublicationSettling settling;

    CalendarUpdates(PublishedCampReader reader, CalendarEventStore store, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
            CalendarGenerations generations,
            @Value("${campfair.calendar.settle-quiet:500ms}") Duration quiet,
            @Value("${campfair.calendar.settle-max:5s}") Duration max) {
        this.reader = reader;
        this.store = store;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        // A transaction of its own even when called inside another, e.g. a read-only one.
        this.transaction = new TransactionTemplate(transactions);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.generations = generations;
        // Checked first, so that refused settings leave no background thread behind.
        this.settling = new PublicationSettling(quiet, max);
        // One thread: publications of a camp are applied in order, and a large camp's
        // reconciliation never competes with itself for the two cores.
        this.background = new ThreadPoolTaskScheduler();
        background.setPoolSize(1);
        background.setThreadNamePrefix("calendar-");
        background.setWaitForTasksToCompleteOnShutdown(true);
        background.setAwaitTerminationSeconds(30);
        background.initialize();
    }

    // After commit, so publishing has succeeded whatever happens here and the background
    // thread sees the publication. Not @ApplicationModuleListener: its @Async hop would come
    // before this queue, so awaitBackgroundWork could return before the work is queued, and it
    // has no fallback for a publication outside a transaction.
    @TransactionalEventListener(fallbackExecution = true)
    public void onPublished(RosterPublished published) {
        long campId = published.campId();
        var waiting = settling.arrived(campId, System.nanoTime());
        if (waiting != null) {
            schedule(campId, waiting, settling.quietNanos());
        }
    }

    private void schedule(long campId, PublicationSettling.Waiting waiting, long delayNanos) {
        // A delay, not an instant of the app's clock, which tests may set elsewhere in time.
        background.getScheduledExecutor().schedule(() -> settle(campId, waiting), delayNanos, TimeUnit.NANOSECONDS);
    }

    /** On the background thread: applies the camp's publications once they settled, else looks again later. */
    private void settle(long campId, PublicationSettling.Waiting waiting) {
        long wait = settling.due(campId, waiting, System.nanoTime());
        if (wait > 0) {
            schedule(campId, waiting, wait);
        } else if (wait == 0) {
            follow(campId);
        }
    }

    private void follow(long campId) {
        try {
            bringUpToDate(campId);
        } catch (RuntimeException e) {
            log.warn("Calendars of camp {} could not follow its publication yet; the next feed request retries",
                    campId, e);
        }
    }

    /**
     * Applies every publication still settling now, without waiting for its quiet moment, and
     * waits until the background work queued so far (and what its commits trigger) is done,
     * for callers that must see a publication's calendar effects, such as tests.
     */
    public void awaitBackgroundWork(Duration timeout) {
        List<Long> due = settling.takeAll();
        try {
            background.submit(() -> due.forEach(this::follow)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for calendar work", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("calendar work did not finish within " + timeout, e);
        }
    }

    @PreDestroy
    void finishBackgroundWork() {
        try {
            awaitBackgroundWork(Duration.ofSeconds(30));
        } catch (IllegalStateException e) {
            log.warn("Calendar work still running at shutdown; feeds bring it up to date on their next request", e);
        }
        background.shutdown();
    }

    /**
     * Applies the camp's latest publication to its calendar events unless already done, and
     * returns it; empty while the camp has never been published. The usual case, nothing to
     * do, costs one query and no transaction: every feed request asks.
     */
    public Optional<PublishedCampReader.Latest> bringUpToDate(long campId) {
        var latest = reader.latest(campId);
        if (latest.isEmpty() || latest.get().applied()) {
            return latest;
        }
        return Objects.requireNonNull(transaction.execute(status -> {
            // Serializes publishers and feed requests of the same camp; the loser re-reads and
            // finds the work done.
            jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, (int) campId)
                    .query((rs, row) -> 1).list();
            var locked = reader.latest(campId);
            locked.filter(publication -> !publication.applied()).ifPresent(publication -> apply(campId, publication));
            return locked;
        }));
    }

    private void apply(long campId, PublishedCampReader.Latest latest) {
        long started = System.nanoTime();
        var camp = reader.read(campId, latest.publicationId(), latest.publishedAt());
        var changes = Reconciliation.of(store.storedEvents(campId), RosterEvents.of(camp));
        store.apply(campId, changes, latest.publishedAt());
        jdbc.sql("insert into calendar_publication (publication_id, camp_id, applied_at) values (?, ?, ?)")
                .params(latest.publicationId(), campId, Timestamp.from(clock.instant())).update();
        generations.countUp(campId);
        events.publishEvent(new CalendarEventsChanged(campId, latest.publicationId(), latest.publishedAt(), changes));
        log.info("Calendars of camp {} follow publication {}: {} event changes in {} ms", campId,
                latest.publicationId(), changes.size(), (System.nanoTime() - started) / 1_000_000);
    }
}
