package org.campfair.importing.internal;

import java.util.Locale;
import org.campfair.camp.CampService;
import org.campfair.importing.CampImportService;
import org.campfair.importing.generator.CampGenerator;
import org.campfair.importing.generator.CampSize;
import org.campfair.shared.db.StartupSeeding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo and test data beyond the sample camp: on an empty database, imports generated camps,
 * e.g. {@code campfair.generated-camps.count=4} and {@code campfair.generated-camps.size=S},
 * seeds 1 to count, through the same importer an organizer uses.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "campfair.generated-camps.count")
class GeneratedCampLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GeneratedCampLoader.class);

    private final CampService camps;
    private final CampImportService importer;
    private final int count;
    private final CampSize size;
    private final StartupSeeding seeding;

    GeneratedCampLoader(CampService camps, CampImportService importer, StartupSeeding seeding,
            @Value("${campfair.generated-camps.count}") int count,
            @Value("${campfair.generated-camps.size:S}") String size) {
        this.camps = camps;
        this.importer = importer;
        this.seeding = seeding;
        this.count = count;
        this.size = CampSize.valueOf(size.toUpperCase(Locale.ROOT));
    }

    @Override
    public void run(ApplicationArguments args) {
        seeding.inTurn(() -> {
            if (!camps.list().isEmpty()) {
                return;
            }
            for (int seed = 1; seed <= count; seed++) {
                long id = importer.importCamp(CampGenerator.generate(size, seed).asCampFiles());
                log.info("Loaded generated camp {} (size {}, seed {})", id, size, seed);
            }
        });
    }
}
