package org.campfair.shared.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first organizer of a new installation. A start with no organizer account writes a
 * one-time set-up link to the log, as Jenkins and Grafana do for their first administrator:
 * whoever runs the server reads it there, opens it and picks the organizer's username and
 * password. The link carries a 256-bit random token of which only a SHA-256 hash is stored; it
 * works once and for 24 hours (a restart prints a new one), and no link works once an organizer
 * exists. The first organizer is one of the association's staff: an organizer of every camp.
 */
@Service
public class FirstOrganizerSetup {

    static final Duration VALID_FOR = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(FirstOrganizerSetup.class);
    /** The advisory lock's key, "ORG1" in ASCII: two set-ups at once make one organizer. */
    private static final long LOCK = 0x4f524731L;

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FirstOrganizerSetup(JdbcClient jdbc, AccountService accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Once the app serves requests: the link would be useless before. */
    @EventListener(ApplicationReadyEvent.class)
    void offerWhenNoOrganizer(ApplicationReadyEvent ready) {
        if (accounts.anyOrganizer()) {
            return;
        }
        String port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        String token = issue();
        // A secret in the log, on purpose: only who runs the server reads it, and it dies with its first use.
        log.warn("""
                No organizer account exists yet. Create the first one (an organizer of every camp) by opening
                    http://localhost:{}/setup/{}
                (or the same path on this server's public address) within {} hours. The link works once; \
                restart Campfair for a new one.""", port, token, VALID_FOR.toHours());
    }

    /** A new set-up link's token, while no organizer exists. */
    @Transactional
    public String issue() {
        if (accounts.anyOrganizer()) {
            throw new IllegalStateException("An organizer exists: the first-organizer set-up is closed");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        jdbc.sql("insert into organizer_setup (token_hash, created_at, expires_at) values (?, ?, ?)")
                .params(InvitationService.hash(token), Timestamp.from(now), Timestamp.from(now.plus(VALID_FOR)))
                .update();
        return token;
    }

    /** Until when the link works; empty when it is unknown, used, expired, or an organizer exists. */
    @Transactional(readOnly = true)
    public Optional<Instant> open(String token) {
        if (accounts.anyOrganizer()) {
            return Optional.empty();
        }
        return jdbc.sql("select expires_at from organizer_setup where token_hash = ? and used_at is null and expires_at > ?")
                .params(InvitationService.hash(token), Timestamp.from(clock.instant()))
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /**
     * Creates the first organizer and closes the set-up: every other link stops working.
     *
     * @throws InvitationException for a link that does not work (field "") or a username or
     *         password that breaks the account rules
     */
    @Transactional
    public void complete(String token, String username, String rawPassword) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, row) -> 1).list();
        if (open(token).isEmpty()) {
            throw new InvitationException("", "login.setup.invalidLink");
        }
        accounts.checkNewAccount(username, rawPassword);
        accounts.createStaffOrganizer(username, rawPassword);
        jdbc.sql("update organizer_setup set used_at = ? where used_at is null")
                .param(Timestamp.from(clock.instant())).update();
        log.info("The first organizer account was created through the set-up link");
    }
}
