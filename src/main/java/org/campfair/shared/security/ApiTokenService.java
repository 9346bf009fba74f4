package org.campfair.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: every account creates, lists and revokes its own, and a token acts
 * with its account's role. A token is {@code cf_} and 256 random bits; it is shown once and
 * only its SHA-256 hash is stored.
 *
 * <p>Why a fast hash and not bcrypt like passwords: bcrypt slows down guessing of secrets
 * people choose, which are few enough to try. A token is 256 random bits, which no number of
 * guesses finds, so a fast hash loses nothing, while bcrypt on every API request would cap the
 * API near 25 requests per second on two cores (issue 14).
 */
@Service
public class ApiTokenService {

    public static final String PREFIX = "cf_";
    public static final int MAX_NAME_LENGTH = 60;
    public static final Duration LONGEST_VALIDITY = Duration.ofDays(366);
    /** last_used_at is a hint for the owner, so it is written at most this often per token. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final int SECRET_BYTES = 32;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxPerAccount;
    private final SecureRandom random = new SecureRandom();
    /** When each token's last use was last written, so most requests write nothing. */
    private final Map<Long, Instant> lastUseWritten = new ConcurrentHashMap<>();

    ApiTokenService(JdbcClient jdbc, Clock clock,
            @Value("${campfair.api-tokens.max-per-account:10}") int maxPerAccount) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
    }

    /** A token just created: the secret, to show once, and what is kept of it. */
    public record NewToken(String secret, ApiToken token) {
    }

    /** The account a presented token acts for. */
    record Holder(long tokenId, String username, Role role) {
    }

    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return jdbc.sql("""
                select t.id, t.name, t.created_at, t.last_used_at, t.expires_at from api_token t
                join app_user u on u.id = t.user_id where u.username = ? order by t.created_at, t.id""")
                .param(signedIn())
                .query((rs, row) -> new ApiToken(rs.getLong("id"), rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("expires_at"))))
                .list();
    }

    /**
     * A new token for the signed-in account, valid for {@code validFor} or until revoked when
     * null. Refused with a message key for an empty or long name, a validity outside a day to
     * a year, or when the account already holds {@code campfair.api-tokens.max-per-account}.
     */
    @Transactional
    public NewToken create(String name, @Nullable Duration validFor) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new RefusedChangeException("token.error.nameRequired");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new RefusedChangeException("token.error.nameTooLong", MAX_NAME_LENGTH);
        }
        if (validFor != null
                && (validFor.compareTo(Duration.ofDays(1)) < 0 || validFor.compareTo(LONGEST_VALIDITY) > 0)) {
            throw new RefusedChangeException("token.error.validity", LONGEST_VALIDITY.toDays());
        }
        // The account's row lock makes two simultaneous creations count each other.
        long userId = jdbc.sql("select id from app_user where username = ? for update").param(signedIn())
                .query(Long.class).single();
        long held = jdbc.sql("select count(*) from api_token where user_id = ?").param(userId)
                .query(Long.class).single();
        if (held >= maxPerAccount) {
            throw new RefusedChangeException("token.error.tooMany", maxPerAccount);
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = validFor == null ? null : now.plus(validFor);
        long id = jdbc.sql("""
                insert into api_token (user_id, name, token_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?) returning id""")
                .params(userId, trimmed, hash(secret), Timestamp.from(now), timestamp(expiresAt))
                .query(Long.class).single();
        return new NewToken(secret, new ApiToken(id, trimmed, now, null, expiresAt));
    }

    /** Revokes one of the signed-in account's tokens; anyone else's is "not found", like one that never was. */
    @Transactional
    public void revoke(long id) {
        int deleted = jdbc.sql("""
                delete from api_token where id = ? and user_id = (select id from app_user where username = ?)""")
                .params(id, signedIn()).update();
        if (deleted == 0) {
            throw new NotFoundException("API token", id);
        }
        lastUseWritten.remove(id);
    }

    /**
     * The enabled account behind a presented token, if the token is known and not expired.
     * Notes the use, writing it at most once a minute per token.
     */
    Optional<Holder> holderOf(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        var holder = jdbc.sql("""
                select t.id, u.username, u.role from api_token t join app_user u on u.id = t.user_id
                where t.token_hash = ? and u.enabled and (t.expires_at is null or t.expires_at > ?)""")
                .params(hash(secret), Timestamp.from(now))
                .query((rs, row) -> new Holder(rs.getLong("id"), rs.getString("username"),
                        Role.valueOf(rs.getString("role"))))
                .optional();
        holder.ifPresent(h -> noteUse(h.tokenId(), now));
        return holder;
    }

    private void noteUse(long tokenId, Instant now) {
        Instant written = lastUseWritten.get(tokenId);
        if (written != null && written.plus(LAST_USED_PRECISION).isAfter(now)) {
            return;
        }
        lastUseWritten.put(tokenId, now);
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(Timestamp.from(now), tokenId).update();
    }

    private static String signedIn() {
        return SignedInPerson.require("API tokens belong to a signed-in account").getName();
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
