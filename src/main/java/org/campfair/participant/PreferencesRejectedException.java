package org.campfair.participant;

import java.util.Map;

/**
 * Preferences that cannot be saved, with one message key (me.error.*) per field name of
 * {@link Preferences}, so a form can show each message next to its field and the API can
 * list them.
 */
public class PreferencesRejectedException extends RuntimeException {

    private final Map<String, String> problems;

    public PreferencesRejectedException(Map<String, String> problems) {
        super("preferences rejected: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    /** Field name to message key. */
    public Map<String, String> problems() {
        return problems;
    }
}
