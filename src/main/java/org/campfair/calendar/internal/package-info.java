/**
 * How calendar feeds are made: a publication is read from the frozen roster tables, turned
 * into the events of every feed of the camp, and compared with the events the feeds showed
 * before, so that each event keeps its UID and counts its SEQUENCE up when it changes or is
 * cancelled. Feeds are then served from those stored events.
 */
@org.jspecify.annotations.NullMarked
package org.campfair.calendar.internal;
