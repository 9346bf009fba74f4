package org.campfair.shared.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins slow down and then lock, per account name and per client address: a token
 * bucket (bucket4j) per key whose tokens are failures. A key first has a few free failures,
 * then one more per slow-down interval, and after lock-after failures it is locked until its
 * lock-for window ends. Form login, HTTP Basic and API tokens all count here.
 *
 * <p>An account is keyed by the name typed, whether or not such an account exists, so an
 * unknown name is throttled exactly like a known one and the answers reveal nothing. A locked
 * key refuses even the right password (else a lock would only hide which guess was right);
 * only a success forgets an account's failures, never an address's. An address has higher
 * limits than an account, so people sharing one (a camp office behind one router) still sign
 * in while one of them mistypes.
 *
 * <p>In memory, per instance: right for one instance; behind a load balancer each instance
 * counts its own share, so the limits multiply by the number of instances.
 */
@Component
public class SignInThrottle {

    /** Beyond this many keys, idle ones are dropped first; an idle key is the same as none. */
    static final int MAX_KEYS = 100_000;
    private static final int MAX_NAME_KEY = 100;

    /** The limits for one kind of key. */
    record Limits(int freeFailures, Duration slowDown, int lockAfter, Duration lockFor) {
        Limits {
            if (freeFailures < 1 || lockAfter < freeFailures || slowDown.isNegative() || slowDown.isZero()
                    || lockFor.isNegative() || lockFor.isZero()) {
                throw new IllegalArgumentException("sign-in limits need 1 <= free-failures <= lock-after and positive"
                        + " durations, got " + this);
            }
        }
    }

    private final Limits perAccount;
    private final Limits perAddress;
    private final Clock clock;
    private final TimeMeter time;
    private final Map<String, Failures> keys = new ConcurrentHashMap<>();

    @Autowired
    SignInThrottle(Clock clock,
            @Value("${campfair.sign-in.account.free-failures:10}") int accountFree,
            @Value("${campfair.sign-in.account.slow-down:30s}") Duration accountSlowDown,
            @Value("${campfair.sign-in.account.lock-after:20}") int accountLockAfter,
            @Value("${campfair.sign-in.account.lock-for:15m}") Duration accountLockFor,
            @Value("${campfair.sign-in.address.free-failures:50}") int addressFree,
            @Value("${campfair.sign-in.address.slow-down:2s}") Duration addressSlowDown,
            @Value("${campfair.sign-in.address.lock-after:200}") int addressLockAfter,
            @Value("${campfair.sign-in.address.lock-for:15m}") Duration addressLockFor) {
        this(clock, new Limits(accountFree, accountSlowDown, accountLockAfter, accountLockFor),
                new Limits(addressFree, addressSlowDown, addressLockAfter, addressLockFor));
    }

    SignInThrottle(Clock clock, Limits perAccount, Limits perAddress) {
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        // The app's clock, so that tests move time instead of sleeping.
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /**
     * How long a sign-in attempt must wait before its credentials are even checked:
     * {@link Duration#ZERO} to go ahead. The account name is null for API tokens.
     */
    public Duration waitBefore(@Nullable String accountName, String address) {
        Duration account = accountName == null ? Duration.ZERO : waitFor(accountKey(accountName));
        Duration fromAddress = waitFor(addressKey(address));
        return account.compareTo(fromAddress) >= 0 ? account : fromAddress;
    }

    public void failed(@Nullable String accountName, String address) {
        if (accountName != null) {
            fail(accountKey(accountName), perAccount);
        }
        fail(addressKey(address), perAddress);
    }

    /** Forgets the account's failures; the address keeps its count, so one good account cannot clear it. */
    public void succeeded(String accountName) {
        keys.remove(accountKey(accountName));
    }

    private Duration waitFor(String key) {
        var failures = keys.get(key);
        if (failures == null || failures.bucket.getAvailableTokens() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(failures.bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private void fail(String key, Limits limits) {
        if (keys.size() >= MAX_KEYS) {
            forgetIdle();
        }
        var failures = keys.computeIfAbsent(key, k -> new Failures(bucket(limits), limits.lockFor()));
        failures.lastAt = clock.millis();
        failures.bucket.tryConsume(1);
    }

    private Bucket bucket(Limits limits) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.freeFailures())
                        .refillGreedy(limits.freeFailures(), limits.slowDown().multipliedBy(limits.freeFailures())))
                .addLimit(limit -> limit.capacity(limits.lockAfter())
                        .refillIntervally(limits.lockAfter(), limits.lockFor()))
                .withCustomTimePrecision(time)
                .build();
    }

    /** Drops keys whose last failure is older than their lock window, then the oldest half if that was not enough. */
    private synchronized void forgetIdle() {
        long now = clock.millis();
        keys.values().removeIf(f -> now - f.lastAt > f.lockForMillis);
        if (keys.size() >= MAX_KEYS) {
            keys.entrySet().stream().sorted(Comparator.comparingLong(e -> e.getValue().lastAt))
                    .limit(keys.size() / 2).map(Map.Entry::getKey).toList().forEach(keys::remove);
        }
    }

    private static String accountKey(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return "account:" + (key.length() > MAX_NAME_KEY ? key.substring(0, MAX_NAME_KEY) : key);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static final class Failures {
        final Bucket bucket;
        final long lockForMillis;
        volatile long lastAt;

        Failures(Bucket bucket, Duration lockFor) {
            this.bucket = bucket;
            this.lockForMillis = lockFor.toMillis();
        }
    }
}
