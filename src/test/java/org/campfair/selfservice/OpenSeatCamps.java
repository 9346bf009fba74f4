package org.campfair.selfservice;

import org.campfair.importing.CampImportService;
import org.campfair.roster.RosterService;
import org.campfair.shared.security.AccountService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The self-service tests' shared fixture: a fresh {@link OpenSeatCamp}, as a bean so a test needs
 * one field for it. It lives in the test sources, so only test runs scan it.
 */
@Component
public class OpenSeatCamps {

    private final CampImportService importer;
    private final RosterService rosters;
    private final AccountService accounts;
    private final JdbcClient jdbc;

    OpenSeatCamps(CampImportService importer, RosterService rosters, AccountService accounts, JdbcClient jdbc) {
        this.importer = importer;
        this.rosters = rosters;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** A new copy of the sample camp, published with Mikan alone on the first jam-making shift. */
    public OpenSeatCamp publish() {
        return OpenSeatCamp.publish(importer, rosters, accounts, jdbc);
    }
}
