package org.campfair.camp;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** What an organizer fills in to start a camp. */
public record CampDraft(String name, LocalDate startsOn, LocalDate endsOn, ZoneId timeZone, String language) {

    /** The languages a camp can default to; the bundles exist for exactly these. */
    public static final List<String> LANGUAGES = List.of("ja", "en", "ko");
}
