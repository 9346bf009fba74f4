package org.campfair.shared.security;

/** What a signed-in person may do. Spring Security sees them as ROLE_ORGANIZER and so on. */
public enum Role {
    ORGANIZER, HOST, PARTICIPANT;

    public static final String ORGANIZER_NAME = "ORGANIZER";
}
