package org.campfair.calendar;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar subscriptions at {@code /feeds/{token}.ics}. The token is the only credential, so
 * unknown and revoked tokens get the same bare 404.
 *
 * <p>Calendar clients poll every few minutes to hours, mostly for nothing: each response
 * carries a strong ETag and Last-Modified, and Spring MVC answers a matching If-None-Match
 * (or, without one, If-Modified-Since) with 304 and no body, as RFC 9110 section 13.2.2 orders
 * the two. Feeds come from memory ({@link ServedFeeds}); a live token fetched far more often
 * than any calendar app polls gets 429 with Retry-After ({@link FeedRateLimits}).
 */
@RestController
class FeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ServedFeeds feeds;
    private final FeedRateLimits limits;
    private final Counter served;
    private final Counter notFound;
    private final Counter limited;

    FeedController(ServedFeeds feeds, FeedRateLimits limits, MeterRegistry meters) {
        this.feeds = feeds;
        this.limits = limits;
        this.served = counter(meters, "served");
        this.notFound = counter(meters, "not_found");
        this.limited = counter(meters, "rate_limited");
    }

    @GetMapping("/feeds/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        var opened = feeds.open(token);
        if (opened.isPresent()) {
            // Only after the look-up, so an unknown token looks the same however often it is tried.
            Duration wait = limits.take(opened.get().tokenHash());
            if (!wait.isZero()) {
                limited.increment();
                return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)))
                        .build();
            }
        }
        var response = opened.flatMap(feed -> feeds.render(feed.feed())).map(FeedController::ok);
        (response.isPresent() ? served : notFound).increment();
        return response.orElseGet(() -> ResponseEntity.notFound().build());
    }

    static ResponseEntity<byte[]> ok(ServedFeeds.Served feed) {
        var response = ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                // Private: the URL is a secret. no-cache: clients may keep it but must revalidate.
                .cacheControl(CacheControl.noCache().cachePrivate())
                .eTag(feed.etag());
        if (feed.lastModified() != null) {
            response.lastModified(feed.lastModified());
        }
        return response.body(feed.body());
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("campfair.feed.requests").tag("outcome", outcome)
                .description("Calendar feed requests").register(meters);
    }
}
