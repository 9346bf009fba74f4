package org.campfair.campday.ui;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.campfair.campday.CheckInMarked;
import org.campfair.campday.NotTodayChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.campfair.roster.RosterPublished;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open boards of a camp that its day changed: a check-in was marked, someone said
 * "not today" (or took it back) or a new roster published, after the change committed. A burst (a whole shift checking in by QR code) comes
 * to each board as one refresh a second at most, so 750 check-ins in a minute do not rebuild
 * every open board 750 times. Boards register while attached and unregister when detached.
 */
@Component
class BoardUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(BoardUpdates.class);
    static final Duration COALESCE = Duration.ofSeconds(1);

    private record Follower(long campId, Runnable refresh) {
    }

    private final List<Follower> followers = new CopyOnWriteArrayList<>();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "today-board-updates");
        thread.setDaemon(true);
        return thread;
    });

    /** Calls {@code refresh} (on this class's own thread) after the camp's day changes, until removed. */
    Registration follow(long campId, Runnable refresh) {
        var follower = new Follower(campId, refresh);
        followers.add(follower);
        return () -> followers.remove(follower);
    }

    int followers() {
        return followers.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void checkedIn(CheckInMarked marked) {
        changed(marked.campId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void notToday(NotTodayChanged changed) {
        changed(changed.campId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void published(RosterPublished published) {
        changed(published.campId());
    }

    private void changed(long campId) {
        if (pending.add(campId)) {
            timer.schedule(() -> {
                pending.remove(campId);
                followers.stream().filter(f -> f.campId() == campId).forEach(BoardUpdates::tell);
            }, COALESCE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** One board that cannot refresh (its page just closed) does not keep the others from it. */
    private static void tell(Follower follower) {
        try {
            follower.refresh().run();
        } catch (RuntimeException e) {
            LOG.debug("A board of camp {} did not refresh: {}", follower.campId(), e.getClass().getSimpleName());
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
