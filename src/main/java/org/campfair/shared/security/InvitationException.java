package org.campfair.shared.security;

/**
 * Why a new account could not be made from a link (an invitation, the first organizer's
 * set-up), as a message key for the person's language, and the form field it belongs to
 * (empty for the link itself).
 */
public class InvitationException extends RuntimeException {

    private final String field;
    private final String messageKey;

    InvitationException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
