package org.campfair.calendar;

/**
 * Who a calendar feed is for. Participants see their own shifts and stay, host villages
 * every shift of their tasks, houses who sleeps there when, organizers the whole camp.
 * Feeds other than the organizers' name people by nickname only.
 */
public enum FeedKind {
    PARTICIPANT, VILLAGE, HOUSE, CAMP
}
