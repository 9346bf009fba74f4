package org.campfair.shared.security;

/**
 * Why an invitation could not be accepted, as a message key (login.join.*) for the invitee's
 * language, and the form field it belongs to (empty for the link itself).
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
