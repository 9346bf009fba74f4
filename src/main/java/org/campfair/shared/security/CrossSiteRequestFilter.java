package org.campfair.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing API requests that a browser sends on behalf of another site. A
 * browser that has cached HTTP Basic credentials sends them to us from any page, and a
 * text/plain POST needs no CORS preflight, so without this check any site could start a
 * solve. Browsers name the page's origin in Origin (or, from older ones, Referer); a present
 * header that is not our own origin gets 403. Scripts and curl send neither and stay allowed;
 * no CSRF token is needed, as the API keeps no session.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

    static final String REFUSED = "Cross-site requests may not change anything; call the API from a script or"
            + " from Campfair's own pages.";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && !fromOurOrigin(request)) {
            ApiEntryPoint.problem(request, response, HttpStatus.FORBIDDEN, REFUSED);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean fromOurOrigin(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String source = origin != null ? origin : request.getHeader(HttpHeaders.REFERER);
        if (source == null) {
            return true;
        }
        URI uri = parse(source);
        // "Origin: null" (sandboxed frames, file: pages) and anything unparsable is not ours.
        return uri != null && uri.getHost() != null && uri.getScheme() != null
                && request.getScheme().equalsIgnoreCase(uri.getScheme())
                && request.getServerName().equalsIgnoreCase(uri.getHost())
                && request.getServerPort() == port(uri);
    }

    private static @Nullable URI parse(String value) {
        try {
            return URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
    }
}
