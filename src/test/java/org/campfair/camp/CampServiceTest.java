package org.campfair.camp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.campfair.CampfairIntegrationTest;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.StaleRecordException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CampfairIntegrationTest
class CampServiceTest {

    @Autowired
    CampService camps;
    @Autowired
    CampImportService importer;

    @Test
    void renamingWithAStaleVersionIsAConflict() {
        var camp = camps.get(importer.importCamp(CampFiles.classpath("sample-data")));
        var renamed = camps.update(camp.withName("Yuzuhara 2028"));
        assertThat(renamed.version()).isEqualTo(camp.version() + 1);

        assertThatThrownBy(() -> camps.update(camp.withName("Lost update")))
                .isInstanceOf(StaleRecordException.class);
        assertThat(camps.get(camp.id()).name()).isEqualTo("Yuzuhara 2028");
    }

    @Test
    void anUnknownCampIsNotFound() {
        assertThatThrownBy(() -> camps.get(987_654)).isInstanceOf(NotFoundException.class);
    }
}
