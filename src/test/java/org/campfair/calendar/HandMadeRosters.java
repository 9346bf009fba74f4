package org.campfair.calendar;

import org.campfair.calendar.internal.CalendarUpdates;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The calendar tests' shared fixture: a fresh sample camp with a {@link HandMadeRoster}, as a
 * bean so a test needs one field for it. It lives in the test sources, so only test runs scan it.
 */
@Component
public class HandMadeRosters {

    private final CampImportService importer;
    private final RosterService rosters;
    private final JdbcClient jdbc;
    private final CalendarUpdates updates;

    HandMadeRosters(CampImportService importer, RosterService rosters, JdbcClient jdbc, CalendarUpdates updates) {
        this.importer = importer;
        this.rosters = rosters;
        this.jdbc = jdbc;
        this.updates = updates;
    }

    /** A new copy of the sample camp whose roster is written but not yet published. */
    public HandMadeRoster create() {
        return create(CampFiles.classpath("sample-data"));
    }

    /** A new camp from these files (e.g. a generated one), its roster written but not yet published. */
    public HandMadeRoster create(CampFiles files) {
        return HandMadeRoster.create(files, importer, rosters, jdbc, updates);
    }

    /** A new camp with its roster published and the calendar work after it done. */
    public HandMadeRoster published() {
        var roster = create();
        roster.publish();
        return roster;
    }
}
