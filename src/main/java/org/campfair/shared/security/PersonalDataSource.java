package org.campfair.shared.security;

/**
 * A feature that holds data about a participant lists it for the participant's own export
 * (the right of access of Japan's APPI and the GDPR). Each feature answers for its own tables,
 * so a new table with personal data adds a source here rather than a query elsewhere.
 */
public interface PersonalDataSource {

    /** The name of this part of the export, e.g. "schedule". */
    String section();

    /** What this feature holds about the participant, as records, lists and maps a JSON writer can write. */
    Object about(long participantId);
}
