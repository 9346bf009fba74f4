package org.campfair.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * A request path fit for a log line: the secret in a calendar feed or invitation link is the
 * only key to it, so it is cut out before the path is written anywhere.
 */
final class RedactedPath {

    private static final Pattern SECRET = Pattern.compile("(/(?:feeds|join|setup)/)[^/?]+");

    private RedactedPath() {
    }

    static String of(HttpServletRequest request) {
        return of(request.getRequestURI());
    }

    static String of(String path) {
        return SECRET.matcher(path).replaceAll("$1…");
    }
}
