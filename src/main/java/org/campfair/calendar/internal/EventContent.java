package org.campfair.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Objects;
import org.campfair.calendar.FeedKind;
import org.jspecify.annotations.Nullable;

/**
 * What one event of one feed says in a publication, before it gets a SEQUENCE: the part
 * whose change calendar clients must be told about. Times are local to the camp.
 */
public record EventContent(
        FeedKind kind,
        long subjectId,
        String uid,
        String summary,
        String description,
        String location,
        @Nullable Double latitude,
        @Nullable Double longitude,
        LocalDateTime start,
        LocalDateTime end) {

    public EventContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(uid, "uid");
    }

    /** SHA-256 over every field a client shows; equal content, equal hash, in any JVM. */
    public byte[] hash() {
        // Unit separators between fields, so "ab"+"c" and "a"+"bc" hash differently.
        String canonical = String.join("\u001f", kind.name(), Long.toString(subjectId), uid, summary, description,
                location, String.valueOf(latitude), String.valueOf(longitude), start.toString(), end.toString());
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
