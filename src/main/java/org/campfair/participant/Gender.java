package org.campfair.participant;

/**
 * Only ever used to honour room rules such as women-only rooms; optional, organizer-only,
 * never shown to hosts or other participants.
 */
public enum Gender {
    FEMALE, MALE, OTHER
}
