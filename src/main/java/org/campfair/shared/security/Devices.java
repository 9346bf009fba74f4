package org.campfair.shared.security;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A short label such as "Chrome on Android" for a browser's User-Agent, only so a person can
 * recognise their own devices in their session list. Written here because it needs a handful
 * of tokens, not a User-Agent database: no parser library (uap-java, Yauaa) is served to these
 * machines, and a wrong label costs nothing but a less helpful line.
 */
final class Devices {

    static final String UNKNOWN = "?";

    // Order matters: Edge and Opera also say Chrome, Chrome also says Safari, Android says Linux.
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("Edg/", "Edge"), Map.entry("OPR/", "Opera"), Map.entry("Firefox/", "Firefox"),
            Map.entry("FxiOS/", "Firefox"), Map.entry("CriOS/", "Chrome"), Map.entry("Chrome/", "Chrome"),
            Map.entry("Safari/", "Safari"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("Android", "Android"), Map.entry("iPhone", "iPhone"), Map.entry("iPad", "iPad"),
            Map.entry("Windows", "Windows"), Map.entry("Mac OS X", "macOS"), Map.entry("CrOS", "ChromeOS"),
            Map.entry("Linux", "Linux"));

    private Devices() {
    }

    static String label(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return UNKNOWN;
        }
        String browser = first(BROWSERS, userAgent);
        String system = first(SYSTEMS, userAgent);
        if (browser == null && system == null) {
            return UNKNOWN;
        }
        if (browser == null || system == null) {
            return browser == null ? system : browser;
        }
        return browser + " / " + system;
    }

    private static @Nullable String first(List<Map.Entry<String, String>> names, String userAgent) {
        for (var name : names) {
            if (userAgent.contains(name.getKey())) {
                return name.getValue();
            }
        }
        return null;
    }
}
