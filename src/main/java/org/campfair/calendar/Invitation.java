package org.campfair.calendar;

import java.util.Objects;

/**
 * Turns a feed into an iTIP message (RFC 5546) for one invitee: REQUEST adds or updates the
 * events in their calendar, CANCEL removes them. Both need an ORGANIZER and an ATTENDEE in
 * every event, which a subscription feed (METHOD:PUBLISH) must not carry.
 */
public record Invitation(Method method, String organizerEmail, String attendeeEmail, String attendeeName) {

    public enum Method {
        REQUEST, CANCEL
    }

    public Invitation {
        Objects.requireNonNull(method, "method");
        requireAddress(organizerEmail, "organizer");
        requireAddress(attendeeEmail, "attendee");
        Objects.requireNonNull(attendeeName, "attendeeName");
    }

    private static void requireAddress(String email, String who) {
        // A bare check: the mail server decides what it accepts; this only keeps mailto: URIs valid.
        if (email == null || email.isBlank() || !email.contains("@") || email.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the " + who + " needs an email address");
        }
    }
}
