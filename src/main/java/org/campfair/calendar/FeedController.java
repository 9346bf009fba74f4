package org.campfair.calendar;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
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
 * the two.
 */
@RestController
class FeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final FeedTokenService tokens;
    private final CalendarFeeds feeds;
    private final Counter served;
    private final Counter notFound;

    FeedController(FeedTokenService tokens, CalendarFeeds feeds, MeterRegistry meters) {
        this.tokens = tokens;
        this.feeds = feeds;
        this.served = Counter.builder("campfair.feed.requests").tag("outcome", "served")
                .description("Calendar feed requests").register(meters);
        this.notFound = Counter.builder("campfair.feed.requests").tag("outcome", "not_found")
                .description("Calendar feed requests").register(meters);
    }

    @GetMapping("/feeds/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        var response = tokens.subjectOf(token)
                .flatMap(feeds::render)
                .map(FeedController::ok);
        (response.isPresent() ? served : notFound).increment();
        return response.orElseGet(() -> ResponseEntity.notFound().build());
    }

    static ResponseEntity<String> ok(RenderedFeed feed) {
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
}
