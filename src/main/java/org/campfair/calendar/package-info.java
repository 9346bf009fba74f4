/**
 * Calendar feeds of a published roster: each participant's shifts become VEVENTs in an
 * iCalendar (RFC 5545) document that phones and desktop calendars can subscribe to. This
 * package holds the pure writer and its input records; loading shifts from the database,
 * serving the feed over HTTP and mailing invites live elsewhere and only hand a
 * {@link org.campfair.calendar.CalendarFeed} to {@link org.campfair.calendar.IcsWriter}.
 */
@org.jspecify.annotations.NullMarked
package org.campfair.calendar;
