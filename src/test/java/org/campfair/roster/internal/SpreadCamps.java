package org.campfair.roster.internal;

import java.time.Instant;
import java.util.Random;
import org.campfair.camp.CampService;
import org.campfair.camp.CampStatus;
import org.campfair.importing.CampImportService;
import org.campfair.importing.generator.CampGenerator;
import org.campfair.importing.generator.CampSize;
import org.campfair.roster.model.Roster;
import org.campfair.roster.model.Seat;
import org.campfair.roster.model.Volunteer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The roster store and loader tests' shared fixture: a generated camp with a seeded random
 * roster, published without solving (a solve takes seconds and would not clash with the rules,
 * which is what these tests want to see handled the same everywhere). One seed picks the camp
 * and the spread, so a test names its camp by size, seed and density. It lives in the test
 * sources, so only test runs scan it.
 */
@Component
public class SpreadCamps {

    /** Whom a filled seat gets. */
    public enum Who {
        /** Anyone of the camp, at camp then or not: the roster breaks every rule somewhere. */
        ANYONE,
        /** Anyone at camp and available for the shift (the seat stays empty when nobody is). */
        AVAILABLE
    }

    private final CampImportService importer;
    private final CampService camps;
    private final RosterProblemLoader loader;
    private final RosterStore store;
    private final TransactionTemplate transaction;

    SpreadCamps(CampImportService importer, CampService camps, RosterProblemLoader loader, RosterStore store,
            TransactionTemplate transaction) {
        this.importer = importer;
        this.camps = camps;
        this.loader = loader;
        this.store = store;
        this.transaction = transaction;
    }

    /**
     * A new camp generated at {@code size} from {@code seed}, each of whose seats is filled with
     * a chance of {@code filledOfTen} in ten by someone {@code who} picks, saved as the working
     * roster and published; the camp's status is PUBLISHED.
     */
    public SpreadCamp publish(CampSize size, long seed, int filledOfTen, Who who) {
        if (filledOfTen < 0 || filledOfTen > 10) {
            throw new IllegalArgumentException("filledOfTen is between 0 and 10");
        }
        long campId = importer.importCamp(CampGenerator.generate(size, seed).asCampFiles());
        Roster roster = loader.load(campId);
        var random = new Random(seed);
        for (Seat seat : roster.getSeats()) {
            if (random.nextInt(10) < filledOfTen) {
                seat.setVolunteer(who == Who.ANYONE ? anyone(roster, random) : anyoneAvailable(roster, seat, random));
            }
        }
        transaction.executeWithoutResult(status -> store.save(roster, Instant.now()));
        long publicationId = store.publish(campId, "0hard/0medium/0soft", Instant.now());
        camps.markStatus(campId, CampStatus.PUBLISHED);
        return new SpreadCamp(campId, roster, publicationId, random);
    }

    private static Volunteer anyone(Roster roster, Random random) {
        return roster.getVolunteers().get(random.nextInt(roster.getVolunteers().size()));
    }

    private static @Nullable Volunteer anyoneAvailable(Roster roster, Seat seat, Random random) {
        var could = roster.getVolunteers().stream()
                .filter(v -> v.isAvailable(seat.getShift().getStart(), seat.getShift().getEnd())).toList();
        return could.isEmpty() ? null : could.get(random.nextInt(could.size()));
    }
}
