package org.campfair.calendar.internal;

import org.campfair.calendar.FeedKind;

/** An event's identity: the same UID may appear once per feed kind, never twice in one. */
public record EventKey(FeedKind kind, String uid) {
}
