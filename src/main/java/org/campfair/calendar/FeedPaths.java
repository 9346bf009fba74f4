package org.campfair.calendar;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Where a calendar feed is served: {@code /feeds/<token>.ics}. The one place that writes a
 * feed's path or address and reads the token back from a request path, so the links the app
 * hands out and the filter that serves them cannot drift apart.
 */
public final class FeedPaths {

    /** Every feed path starts so; the servlet filter is mapped under it. */
    public static final String PREFIX = "/feeds/";
    private static final String SUFFIX = ".ics";

    private FeedPaths() {
    }

    /** The feed's path, for links in the app's own pages (the browser makes them absolute). */
    public static String path(String token) {
        return PREFIX + UriUtils.encodePathSegment(token, StandardCharsets.UTF_8) + SUFFIX;
    }

    /** The feed's absolute address under this request's host and context path, for the API and mail. */
    public static String url(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path(token)).build().toUriString();
    }

    /** The token of a feed path (without the context path), or null for any other path. */
    public static @Nullable String token(String path) {
        if (!path.startsWith(PREFIX) || !path.endsWith(SUFFIX) || path.length() <= PREFIX.length() + SUFFIX.length()) {
            return null;
        }
        String token = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
        if (token.indexOf('/') >= 0 || token.indexOf(';') >= 0) {
            return null;
        }
        return token.indexOf('%') >= 0 ? UriUtils.decode(token, StandardCharsets.UTF_8) : token;
    }
}
