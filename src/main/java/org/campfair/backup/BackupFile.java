package org.campfair.backup;

import java.time.Instant;

/** One backup in the backups folder: its file name, why it was made, when, and its size in bytes. */
public record BackupFile(String name, Kind kind, Instant createdAt, long sizeBytes) {

    public enum Kind {
        /** Asked for by a staff organizer, on the page or through the API. */
        MANUAL,
        /** Made by the daily schedule. */
        DAILY
    }
}
