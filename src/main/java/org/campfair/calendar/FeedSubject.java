package org.campfair.calendar;

import java.util.Objects;

/**
 * One feed: its kind and what it is about within a camp. {@code subjectId} is the
 * participant, host village or house id; for the organizers' camp feed it is the camp id.
 */
public record FeedSubject(FeedKind kind, long campId, long subjectId) {

    public FeedSubject {
        Objects.requireNonNull(kind, "kind");
        if (kind == FeedKind.CAMP && subjectId != campId) {
            throw new IllegalArgumentException("the camp feed's subject is the camp itself");
        }
    }

    public static FeedSubject participant(long campId, long participantId) {
        return new FeedSubject(FeedKind.PARTICIPANT, campId, participantId);
    }

    public static FeedSubject village(long campId, long villageId) {
        return new FeedSubject(FeedKind.VILLAGE, campId, villageId);
    }

    public static FeedSubject house(long campId, long houseId) {
        return new FeedSubject(FeedKind.HOUSE, campId, houseId);
    }

    public static FeedSubject camp(long campId) {
        return new FeedSubject(FeedKind.CAMP, campId, campId);
    }
}
