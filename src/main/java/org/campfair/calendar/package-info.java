/**
 * Calendars of a published roster, for the calendar programs people already use. Each
 * publication is turned into the events of every feed: participants (their shifts and stay,
 * with reminders), host villages and houses (nicknames only) and organizers (everything).
 * Events keep their UID across publications and count their SEQUENCE up when they change or
 * are cancelled (see {@link org.campfair.calendar.internal.Reconciliation}). Feeds are served
 * at secret URLs ({@link org.campfair.calendar.FeedTokenService}) with ETag, Last-Modified and
 * 304s; organizers manage them through {@link org.campfair.calendar.CalendarApi}; invites go
 * out by email from {@code mail}. {@link org.campfair.calendar.IcsWriter} is the pure
 * RFC 5545 writer everything ends in.
 */
@org.jspecify.annotations.NullMarked
package org.campfair.calendar;
