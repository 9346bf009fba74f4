package org.campfair.calendar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.campfair.calendar.internal.CalendarGenerations;
import org.campfair.calendar.internal.FeedKey;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.security.CampAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret calendar feed tokens, one live token per feed. A token is the HMAC-SHA256 of a
 * random 128-bit nonce under the {@link FeedKey}, written base64url (43 characters, 256
 * bits); the database stores the nonce and a SHA-256 hash of the token for look-up.
 */
@Service
@Transactional(readOnly = true)
public class FeedTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final FeedKey key;
    private final CalendarGenerations generations;
    private final CampAccess access;

    FeedTokenService(JdbcClient jdbc, FeedKey key, CalendarGenerations generations, CampAccess access) {
        this.jdbc = jdbc;
        this.access = access;
        this.key = key;
        this.generations = generations;
    }

    /** The participant's live token, issued now if they have none. */
    @Transactional
    public String tokenFor(long participantId) {
        return tokenFor(participantFeed(participantId));
    }

    /** Revokes the participant's live token (its URL then answers 404) and issues a new one. */
    @Transactional
    public String reissue(long participantId) {
        return reissue(participantFeed(participantId));
    }

    @Transactional
    public void revoke(long participantId) {
        revoke(participantFeed(participantId));
    }

    /** The participant a live participant token belongs to; empty for any other token. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Long> participantOf(String token) {
        return subjectOf(token).filter(feed -> feed.kind() == FeedKind.PARTICIPANT).map(FeedSubject::subjectId);
    }

    /** The feed's live token, issued now if it has none. */
    @Transactional
    public String tokenFor(FeedSubject feed) {
        requireMayManage(feed);
        return currentNonce(feed).map(this::tokenOf).orElseGet(() -> issue(feed));
    }

    /** Revokes the feed's live token and issues a new one. */
    @Transactional
    public String reissue(FeedSubject feed) {
        requireMayManage(feed);
        revoke(feed);
        return issue(feed);
    }

    /** Revokes the feed's live token, if any: its URL then answers 404 like one never issued. */
    @Transactional
    public void revoke(FeedSubject feed) {
        requireMayManage(feed);
        int revoked = jdbc.sql("""
                update feed_token set revoked_at = now()
                where kind = ? and camp_id = ? and subject_id = ? and revoked_at is null""")
                .params(feed.kind().name(), feed.campId(), feed.subjectId()).update();
        if (revoked > 0) {
            // Tells every instance's cache of served feeds (ServedFeeds) to forget the token.
            generations.countUp(feed.campId());
        }
    }

    /**
     * The feed a live token opens; empty for unknown and revoked tokens alike. One query
     * without a transaction of its own: every poll of every calendar client comes here.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<FeedSubject> subjectOf(String token) {
        return jdbc.sql("select kind, camp_id, subject_id from feed_token where token_hash = ? and revoked_at is null")
                .param(sha256(token))
                .query((rs, row) -> new FeedSubject(FeedKind.valueOf(rs.getString("kind")), rs.getLong("camp_id"),
                        rs.getLong("subject_id")))
                .optional();
    }

    /**
     * Who may see, re-issue and revoke a feed's link: the participant themselves, the village's
     * hosts, and the camp's organizers. A subject named with another camp's id is checked
     * against its own camp, and its feed is empty (see FeedSubjects).
     */
    void requireMayManage(FeedSubject feed) {
        switch (feed.kind()) {
            case PARTICIPANT -> access.requireParticipantOrOrganizer(feed.subjectId());
            case VILLAGE -> access.requireHostOrOrganizer(feed.campId(), feed.subjectId());
            case HOUSE, CAMP -> access.requireOrganizer(feed.campId());
        }
    }

    private FeedSubject participantFeed(long participantId) {
        long campId = jdbc.sql("select camp_id from participant where id = ?").param(participantId)
                .query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("Participant", participantId));
        return FeedSubject.participant(campId, participantId);
    }

    private String issue(FeedSubject feed) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String token = tokenOf(nonce);
        // The unique index on live tokens turns a concurrent second issue into a no-op; the
        // caller then gets the token that won.
        int inserted = jdbc.sql("""
                insert into feed_token (kind, camp_id, subject_id, participant_id, nonce, token_hash)
                values (?, ?, ?, ?, ?, ?)
                on conflict (kind, camp_id, subject_id) where revoked_at is null do nothing""")
                .params(feed.kind().name(), feed.campId(), feed.subjectId(),
                        feed.kind() == FeedKind.PARTICIPANT ? feed.subjectId() : null, nonce, sha256(token))
                .update();
        return inserted == 1 ? token : currentNonce(feed).map(this::tokenOf).orElseThrow();
    }

    private Optional<byte[]> currentNonce(FeedSubject feed) {
        return jdbc.sql("""
                select nonce from feed_token
                where kind = ? and camp_id = ? and subject_id = ? and revoked_at is null""")
                .params(feed.kind().name(), feed.campId(), feed.subjectId())
                .query(byte[].class).optional();
    }

    private String tokenOf(byte[] nonce) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(nonce));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** How a token is known in memory (caches, rate limits): its SHA-256, never the token itself. */
    static String hashOf(String token) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(token));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
