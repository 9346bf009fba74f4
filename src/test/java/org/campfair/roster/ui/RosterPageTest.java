package org.campfair.roster.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterRoutes;
import org.campfair.roster.RosterService;
import org.campfair.roster.SolvedCamps;
import org.springframework.beans.factory.annotation.Autowired;

/** What the roster page tests share: the sample camp, fresh or solved, and its roster page. */
abstract class RosterPageTest extends SpringBrowserlessTest {

    @Autowired
    CampImportService importer;
    @Autowired
    RosterService rosters;

    /** A camp freshly imported from the sample data: nothing solved yet. */
    long importSample() {
        return importer.importCamp(CampFiles.classpath("sample-data"));
    }

    /** The sample camp solved, once for all the tests that only read it (see SolvedCamps). */
    long solvedSample() {
        return SolvedCamps.sampleCamp(importer, rosters);
    }

    RosterView openRoster(long campId) {
        return navigate(RosterRoutes.roster(campId), RosterView.class);
    }
}
