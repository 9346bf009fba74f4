/**
 * Calendars of a published roster, for the calendar programs people already use. Each
 * publication is turned into the events of every feed: participants (their shifts and stay,
 * with reminders), host villages and houses (nicknames only) and organizers (everything).
 * Events keep their UID across publications and count their SEQUENCE up when they change or
 * are cancelled (see {@link org.campfair.calendar.internal.Reconciliation}). Feeds are served
 * at secret URLs ({@link org.campfair.calendar.FeedTokenService}) with ETag, Last-Modified and
 * 304s, from memory checked against a per-camp calendar generation (ServedFeeds), and with a
 * rate limit per token (FeedRateLimits); organizers manage them through
 * {@link org.campfair.calendar.CalendarApi} and the calendar links page; invites go out by
 * email from {@code mail}. A publication reaches the calendars in the background right after
 * it commits ({@link org.campfair.calendar.internal.CalendarUpdates}). Labels are in the
 * language of the feed's owner. {@link org.campfair.calendar.IcsWriter} is the pure
 * RFC 5545 writer everything ends in. The participant's own schedule page lives here too, with
 * their feed and reminders, and adds the village's links to the host's village page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendars")
@org.jspecify.annotations.NullMarked
package org.campfair.calendar;
