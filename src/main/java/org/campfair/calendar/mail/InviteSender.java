package org.campfair.calendar.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.campfair.camp.CampService;
import org.campfair.participant.ParticipantService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued invites in the background, a batch at a time. A failed send is tried again
 * after 1, 5, 30 and 120 minutes, then reported as FAILED. Logs name messages by id only:
 * addresses and nicknames stay out of log files.
 *
 * <p>Every attempt's outcome is counted in {@code campfair.mail.sends}, tagged
 * {@code outcome}: {@code sent}, {@code retry} (failed, tried again later), {@code failed}
 * (failed for good) or {@code uncertain} (interrupted mid-send, never sent again), so an
 * alert can watch a mail server that stopped taking mail without reading the outbox.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class InviteSender {

    private static final Logger log = LoggerFactory.getLogger(InviteSender.class);
    private static final List<Duration> RETRY_AFTER =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));
    private static final int BATCH = 50;
    /** Longer than any SMTP timeout: a message SENDING for this long was interrupted. */
    private static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(15);

    private final MailOutbox outbox;
    private final JavaMailSender mail;
    private final ParticipantService participants;
    private final CampService camps;
    private final Clock clock;
    private final String from;
    private final Counter sentCount;
    private final Counter retryCount;
    private final Counter failedCount;
    private final Counter uncertainCount;

    InviteSender(MailOutbox outbox, JavaMailSender mail, ParticipantService participants, CampService camps,
            Clock clock, @Value("${campfair.mail.from:campfair@localhost}") String from, MeterRegistry meters) {
        this.outbox = outbox;
        this.mail = mail;
        this.participants = participants;
        this.camps = camps;
        this.clock = clock;
        this.from = from;
        this.sentCount = sends(meters, "sent");
        this.retryCount = sends(meters, "retry");
        this.failedCount = sends(meters, "failed");
        this.uncertainCount = sends(meters, "uncertain");
    }

    static Counter sends(MeterRegistry meters, String outcome) {
        return Counter.builder("campfair.mail.sends").tag("outcome", outcome)
                .description("Invite sending attempts by outcome").register(meters);
    }

    @Scheduled(initialDelayString = "${campfair.mail.poll-interval:PT10S}",
            fixedDelayString = "${campfair.mail.poll-interval:PT10S}")
    void poll() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // The scheduler would swallow it too, but say so: the next poll tries again.
            log.warn("Sending invites failed before any message: {}", e.getClass().getName());
        }
    }

    /** Sends every message due now; returns how many went out. */
    public int sendDue() {
        int interrupted = outbox.giveUpInterrupted(clock.instant().minus(INTERRUPTED_AFTER));
        if (interrupted > 0) {
            uncertainCount.increment(interrupted);
            log.warn("{} invites were interrupted while sending and are reported as uncertain", interrupted);
        }
        int sent = 0;
        List<MailOutbox.Claimed> batch;
        do {
            batch = outbox.claimDue(clock.instant(), BATCH);
            for (var claimed : batch) {
                sent += send(claimed) ? 1 : 0;
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    private boolean send(MailOutbox.Claimed claimed) {
        try {
            var participant = participants.get(claimed.participantId());
            var invite = new InviteMessages.Invite(claimed.id(), claimed.method(), from, participant.email(),
                    participant.nickname(), participant.language(), camps.get(claimed.campId()).name(),
                    claimed.calendar());
            mail.send(message -> InviteMessages.fill(message, invite));
            outbox.sent(claimed.id(), clock.instant());
            sentCount.increment();
            return true;
        } catch (RuntimeException e) {
            Instant retryAt = retryAt(claimed.attempts());
            outbox.failed(claimed.id(), describe(e), retryAt);
            (retryAt == null ? failedCount : retryCount).increment();
            log.warn("Invite {} failed on attempt {} ({}){}", claimed.id(), claimed.attempts(),
                    e.getClass().getSimpleName(), retryAt == null ? "; giving up" : "; will retry");
            return false;
        }
    }

    private @Nullable Instant retryAt(int attempts) {
        return attempts <= RETRY_AFTER.size() ? clock.instant().plus(RETRY_AFTER.get(attempts - 1)) : null;
    }

    private static String describe(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
