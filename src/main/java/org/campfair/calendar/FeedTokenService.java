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
import org.campfair.calendar.internal.FeedKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret calendar feed tokens, one live token per participant. A token is the HMAC-SHA256 of
 * a random 128-bit nonce under the {@link FeedKey}, written base64url (43 characters, 256
 * bits); the database stores the nonce and a SHA-256 hash of the token for look-up.
 */
@Service
@Transactional(readOnly = true)
public class FeedTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final FeedKey key;

    FeedTokenService(JdbcClient jdbc, FeedKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    /** The participant's live token, issued now if they have none. */
    @Transactional
    public String tokenFor(long participantId) {
        return currentNonce(participantId).map(this::tokenOf).orElseGet(() -> issue(participantId));
    }

    /** Revokes the participant's live token (its URL then answers 404) and issues a new one. */
    @Transactional
    public String reissue(long participantId) {
        revoke(participantId);
        return issue(participantId);
    }

    @Transactional
    public void revoke(long participantId) {
        jdbc.sql("update feed_token set revoked_at = now() where participant_id = ? and revoked_at is null")
                .param(participantId).update();
    }

    /** The participant a live token belongs to; empty for unknown and revoked tokens alike. */
    public Optional<Long> participantOf(String token) {
        return jdbc.sql("select participant_id from feed_token where token_hash = ? and revoked_at is null")
                .param(sha256(token)).query(Long.class).optional();
    }

    private String issue(long participantId) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String token = tokenOf(nonce);
        jdbc.sql("insert into feed_token (participant_id, nonce, token_hash) values (?, ?, ?)")
                .params(participantId, nonce, sha256(token)).update();
        return token;
    }

    private Optional<byte[]> currentNonce(long participantId) {
        return jdbc.sql("""
                select nonce from feed_token where participant_id = ? and revoked_at is null
                order by created_at desc limit 1""")
                .param(participantId).query(byte[].class).optional();
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

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
