package org.campfair.importing.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.roster.internal.RosterProblemLoader;
import org.campfair.roster.model.Seat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Generated camps go through the real importer into PostgreSQL and come back as a roster. */
@CampfairIntegrationTest
class GeneratedCampImportTest {

    @Autowired
    CampImportService importer;
    @Autowired
    ParticipantService participants;
    @Autowired
    RosterProblemLoader loader;

    @Test
    void aGeneratedCampWrittenToAFolderImportsAndLoadsAsARoster(@TempDir Path folder) {
        var camp = CampGenerator.generate(CampSize.M, 11);
        camp.writeTo(folder);

        long campId = importer.importCamp(CampFiles.directory(folder));
        var roster = loader.load(campId);

        assertThat(participants.listByCamp(campId)).hasSize(150);
        assertThat(roster.getVolunteers()).hasSize(150);
        assertThat(roster.getStays()).hasSize(150);
        assertThat(roster.getBeds()).hasSizeGreaterThanOrEqualTo(165);
        assertThat(roster.getSeats()).hasSize(roster.getShifts().stream().mapToInt(s -> s.getMaxHeadcount()).sum());
        assertThat(roster.getSeats().stream().filter(Seat::isRequired).count())
                .isLessThan(roster.getSeats().size());
        assertThat(roster.getVolunteers()).anyMatch(v -> v.isReturning());
    }
}
