package org.campfair.calendar;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Calendar subscriptions at {@code /feeds/{token}.ics}. The token is the only credential, so
 * unknown and revoked tokens get the same bare 404.
 *
 * <p>Calendar clients poll every few minutes to hours, mostly for nothing: each response
 * carries a strong ETag and Last-Modified, and a matching If-None-Match (or, without one,
 * If-Modified-Since) gets 304 and no body, as RFC 9110 section 13.2.2 orders the two (Spring's
 * {@link ServletWebRequest#checkNotModified(String, long)} decides). Feeds come from memory
 * ({@link ServedFeeds}); a live token fetched far more often than any calendar app polls gets
 * 429 with Retry-After ({@link FeedRateLimits}).
 *
 * <p>A servlet filter rather than a controller (see {@link FeedServing} for where it sits): a
 * camp's calendar apps poll all at once, and with the feed in memory the Spring Security and
 * Spring MVC machinery around it cost far more than the feed itself. The filters ahead of it
 * still apply: the security headers (SecurityHeaders) and the 503 with Retry-After while the
 * database is away (DatabaseUnavailableFilter).
 */
final class FeedFilter extends OncePerRequestFilter {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final String CONTENT_TYPE = TEXT_CALENDAR.toString();
    // Private: the URL is a secret. no-cache: clients may keep it but must revalidate.
    private static final String CACHE_CONTROL = "no-cache, private";
    // What Spring Security's default header writers sent on these answers when they went through it.
    private static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    private final ServedFeeds feeds;
    private final FeedRateLimits limits;
    private final Counter served;
    private final Counter notFound;
    private final Counter limited;

    FeedFilter(ServedFeeds feeds, FeedRateLimits limits, MeterRegistry meters) {
        this.feeds = feeds;
        this.limits = limits;
        this.served = counter(meters, "served");
        this.notFound = counter(meters, "not_found");
        this.limited = counter(meters, "rate_limited");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-XSS-Protection", "0");
        boolean head = HttpMethod.HEAD.matches(request.getMethod());
        if (!head && !HttpMethod.GET.matches(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
            bare(response, HttpStatus.METHOD_NOT_ALLOWED);
            return;
        }
        String token = tokenOf(request);
        var opened = token == null ? Optional.<ServedFeeds.Opened>empty() : feeds.open(token);
        if (opened.isPresent()) {
            // Only after the look-up, so an unknown token looks the same however often it is tried.
            Duration wait = limits.take(opened.get().tokenHash());
            if (!wait.isZero()) {
                limited.increment();
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
                bare(response, HttpStatus.TOO_MANY_REQUESTS);
                return;
            }
        }
        var feed = opened.flatMap(found -> feeds.render(found.feed()));
        if (feed.isEmpty()) {
            notFound.increment();
            bare(response, HttpStatus.NOT_FOUND);
            return;
        }
        served.increment();
        write(request, response, feed.get(), head);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, ServedFeeds.Served feed,
            boolean head) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        long lastModified = feed.lastModified() == null ? -1 : feed.lastModified().toEpochMilli();
        // Sets ETag and Last-Modified, and 304 (or 412 for a failed If-Match) when it matches.
        if (new ServletWebRequest(request, response).checkNotModified(feed.etag(), lastModified)) {
            return;
        }
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(feed.body().length);
        if (!head) {
            response.getOutputStream().write(feed.body());
        }
    }

    /** The token of {@code /feeds/{token}.ics}, or null for any other path under /feeds/. */
    static @Nullable String tokenOf(HttpServletRequest request) {
        return FeedPaths.token(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** A status without a body, which the browser and any cache must not keep. */
    private static void bare(HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        response.setHeader(HttpHeaders.EXPIRES, "0");
        response.setContentLength(0);
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("campfair.feed.requests").tag("outcome", outcome)
                .description("Calendar feed requests").register(meters);
    }
}
