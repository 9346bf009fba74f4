package org.campfair.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campfair.CampfairIntegrationTest;
import org.campfair.camp.CampService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A camp with bad rows is refused as a whole, with every problem named by file, row and column. */
@CampfairIntegrationTest
class CampImportRejectionTest {

    private static final List<String> FILES =
            List.of("camp.csv", "sites.csv", "houses.csv", "tasks.csv", "shifts.csv", "participants.csv");

    @Autowired
    CampImportService importer;
    @Autowired
    CampService camps;
    @Autowired
    JdbcClient jdbc;

    @Test
    void badCellsAndBrokenReferencesAreAllReportedAndNothingIsSaved() {
        var files = sampleFiles();
        files.put("participants.csv", replaceInLine(files.get("participants.csv"), 3, "2027-11-01", "2027-13-01"));
        files.put("houses.csv", replaceInLine(files.get("houses.csv"), 2, ",true,", ",maybe,"));
        long campsBefore = camps.list().size();
        long participantsBefore = count("participant");

        assertThatThrownBy(() -> importer.importCamp(CampFiles.of(files)))
                .isInstanceOfSatisfying(CampImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column)
                        .contains(org.assertj.core.groups.Tuple.tuple("participants.csv", 3, "arrives_on"))
                        .anyMatch(t -> t.toList().get(0).equals("houses.csv")));

        assertThat(camps.list()).hasSize((int) campsBefore);
        assertThat(count("participant")).isEqualTo(participantsBefore);
    }

    @Test
    void aShiftOfAnUnknownTaskIsRefused() {
        var files = sampleFiles();
        files.put("shifts.csv", files.get("shifts.csv") + "Moon landing,2027-11-02,08:30,12:00,1,2,false\n");
        long shiftsBefore = count("shift");

        assertThatThrownBy(() -> importer.importCamp(CampFiles.of(files)))
                .isInstanceOf(CampImportException.class)
                .hasMessageContaining("shifts.csv row")
                .hasMessageContaining("no task 'Moon landing'");
        assertThat(count("shift")).isEqualTo(shiftsBefore);
    }

    @Test
    void aMissingFileIsNamed() {
        var files = sampleFiles();
        files.remove("tasks.csv");

        assertThatThrownBy(() -> importer.importCamp(CampFiles.of(files)))
                .isInstanceOf(CampImportException.class)
                .hasMessageContaining("tasks.csv row 0: file is missing");
    }

    @Test
    void aGoodCampImportsAsANewCamp() {
        long campsBefore = camps.list().size();
        long id = importer.importCamp(CampFiles.of(sampleFiles()));
        assertThat(camps.get(id).name()).startsWith("Yuzuhara");
        assertThat(camps.list()).hasSize((int) campsBefore + 1);
    }

    static Map<String, String> sampleFiles() {
        var source = CampFiles.classpath("sample-data");
        var files = new HashMap<String, String>();
        FILES.forEach(name -> files.put(name, source.read(name).orElseThrow()));
        return files;
    }

    /** Replaces text in one line; line 1 is the header. */
    private static String replaceInLine(String csv, int line, String from, String to) {
        var lines = csv.split("\n", -1);
        assertThat(lines[line - 1]).contains(from);
        lines[line - 1] = lines[line - 1].replaceFirst(java.util.regex.Pattern.quote(from), to);
        return String.join("\n", lines);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
