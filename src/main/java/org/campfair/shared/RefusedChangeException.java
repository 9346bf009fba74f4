package org.campfair.shared;

import java.util.Arrays;

/**
 * A change a service refuses for a reason the person can fix or must know (a published
 * roster uses the record, a shift lies outside the camp, a name is taken). The message key
 * and arguments name the reason in the bundles, so the UI shows it in the reader's language.
 */
public class RefusedChangeException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RefusedChangeException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The text without the spaces around it; refused with {@code messageKey} when nothing is left. */
    public static String requireText(String text, String messageKey) {
        if (text.isBlank()) {
            throw new RefusedChangeException(messageKey);
        }
        return text.strip();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
