package org.campfair.importing;

import org.campfair.camp.CampService;
import org.campfair.shared.db.StartupSeeding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the sample camp shipped in sample-data/ the first time the app starts on an empty database. */
@Component
@Order(0)
@ConditionalOnProperty(name = "campfair.sample-camp.load", havingValue = "true")
class SampleCampLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleCampLoader.class);

    private final CampService camps;
    private final CampImportService importer;
    private final StartupSeeding seeding;

    SampleCampLoader(CampService camps, CampImportService importer, StartupSeeding seeding) {
        this.camps = camps;
        this.importer = importer;
        this.seeding = seeding;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeding.inTurn(() -> {
            if (camps.list().isEmpty()) {
                long id = importer.importCamp(CampFiles.classpath("sample-data"));
                log.info("Loaded the sample camp from sample-data/ as camp {}", id);
            }
        });
    }
}
