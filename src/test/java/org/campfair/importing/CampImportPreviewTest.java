package org.campfair.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The preview counts what an import would create and lists its problems, and saves nothing. */
@CampfairIntegrationTest
class CampImportPreviewTest {

    @Autowired
    CampImportService importer;
    @Autowired
    CampService camps;

    @Test
    void theSampleCampIsCountedAndNothingIsSaved() {
        int campsBefore = camps.list().size();

        var preview = importer.preview(CampFiles.of(CampImportRejectionTest.sampleFiles()));

        assertThat(preview.importable()).isTrue();
        assertThat(preview.campName()).startsWith("Yuzuhara");
        assertThat(preview.startsOn()).isEqualTo(LocalDate.of(2027, 11, 1));
        assertThat(preview.endsOn()).isEqualTo(LocalDate.of(2027, 11, 14));
        assertThat(preview).extracting(CampImportPreview::participants, CampImportPreview::houses,
                CampImportPreview::rooms, CampImportPreview::beds, CampImportPreview::tasks, CampImportPreview::shifts)
                .containsExactly(40, 6, 19, 49, 8, 171);
        assertThat(camps.list()).hasSize(campsBefore);
    }

    @Test
    void aBadRowIsListedByFileRowAndColumn() {
        var files = CampImportRejectionTest.sampleFiles();
        files.put("shifts.csv", files.get("shifts.csv") + "Moon landing,2027-11-02,08:30,07:00,1,2,false\n");
        int row = (int) files.get("shifts.csv").lines().count();

        var preview = importer.preview(CampFiles.of(files));

        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column)
                .contains(tuple("shifts.csv", row, "end"));
        assertThat(preview.participants()).isZero();
    }

    @Test
    @WithUserDetails("organizer")
    void aCampOfTheSameNameIsAWarningNotAProblem() {
        String name = "Same name camp " + System.nanoTime();
        var files = CampImportRejectionTest.sampleFiles();
        files.put("camp.csv", files.get("camp.csv").replace("Yuzuhara Autumn Yuzu Camp 2027", name));
        assertThat(importer.preview(CampFiles.of(files)).sameName()).isEmpty();
        long first = importer.importCamp(CampFiles.of(files));

        files.put("camp.csv", files.get("camp.csv").replace(name, name.toUpperCase(java.util.Locale.ROOT)));
        var preview = importer.preview(CampFiles.of(files));

        assertThat(preview.importable()).isTrue();
        assertThat(preview.sameName()).extracting(org.campfair.camp.Camp::id).containsExactly(first);
        long second = importer.importCamp(CampFiles.of(files));
        assertThat(second).isNotEqualTo(first);
    }
}
