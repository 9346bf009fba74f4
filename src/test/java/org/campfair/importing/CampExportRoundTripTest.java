package org.campfair.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import org.campfair.CampfairIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Exporting a camp and importing the export gives the same camp, byte for byte. */
@CampfairIntegrationTest
class CampExportRoundTripTest {

    @Autowired
    CampImportService importer;
    @Autowired
    CampExportService exporter;

    @Test
    void anExportReimportsToTheSameFiles() {
        long first = importer.importCamp(CampFiles.of(CampImportRejectionTest.sampleFiles()));
        var exported = exporter.export(first);
        assertThat(exported).containsOnlyKeys("camp.csv", "sites.csv", "houses.csv", "tasks.csv", "shifts.csv",
                "participants.csv");

        long second = importer.importCamp(CampFiles.of(exported));
        var exportedAgain = exporter.export(second);

        assertThat(second).isNotEqualTo(first);
        assertThat(exportedAgain).isEqualTo(exported);
        assertThat(importer.preview(CampFiles.of(exportedAgain)))
                .usingRecursiveComparison().isEqualTo(importer.preview(CampFiles.of(CampImportRejectionTest.sampleFiles())));
    }

    @Test
    void theZipHoldsTheSameFiles() {
        long id = importer.importCamp(CampFiles.of(CampImportRejectionTest.sampleFiles()));
        var unpacked = new HashMap<String, String>();

        CampArchive.add(unpacked, "export.zip", exporter.exportZip(id));

        assertThat(unpacked).isEqualTo(exporter.export(id));
        assertThat(exporter.exportZip(id)).isEqualTo(exporter.exportZip(id));
    }

    @Test
    void cellsThatLookLikeFormulasAreExportedAsTextAndReimportUnchanged() {
        var files = CampImportRejectionTest.sampleFiles();
        String tasks = files.get("tasks.csv");
        int firstRowEnd = tasks.indexOf('\n', tasks.indexOf('\n') + 1);
        String badRow = "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","
                + tasks.substring(tasks.indexOf('\n') + 1, firstRowEnd).split(",")[1]
                + ",+1 picks,,LIGHT,false,@home\n";
        files.put("tasks.csv", tasks + badRow);
        long id = importer.importCamp(CampFiles.of(files));

        String exported = exporter.export(id).get("tasks.csv");

        assertThat(exported).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
                .contains(",'+1 picks,").contains(",'@home\n");
        assertThat(exported.lines()).noneMatch(line -> line.matches("(^|.*,)\"?[=+@-].*"));
        long again = importer.importCamp(CampFiles.of(exporter.export(id)));
        assertThat(exporter.export(again).get("tasks.csv")).isEqualTo(exported);
    }

    @Test
    void peoplesNamesThatLookLikeFormulasAreGuardedAndNegativeNumbersAreNot() {
        var files = CampImportRejectionTest.sampleFiles();
        String participants = files.get("participants.csv");
        String kuma = participants.lines().skip(1).findFirst().orElseThrow();
        files.put("participants.csv", participants
                + kuma.replaceFirst("^Kuma,熊谷 大輔,kuma@", "=1+1,-cmd,formula@") + "\n"
                + kuma.replaceFirst("^Kuma,熊谷 大輔,kuma@", "@SUM(A1),+49 30 1234567,phone@") + "\n");
        files.put("sites.csv", files.get("sites.csv") + "Yuzuhara,Southern field,Far away,-33.8688,-151.2093\n");
        long id = importer.importCamp(CampFiles.of(files));

        var exported = exporter.export(id);

        assertThat(exported.get("participants.csv")).contains("\n'=1+1,'-cmd,formula@")
                .contains("\n'@SUM(A1),'+49 30 1234567,phone@").contains("\nKuma,熊谷 大輔,kuma@");
        assertThat(exported.get("sites.csv")).contains("\nYuzuhara,Southern field,Far away,-33.8688,-151.2093\n");
        long again = importer.importCamp(CampFiles.of(exported));
        assertThat(exporter.export(again)).isEqualTo(exported);
        assertThat(importer.preview(CampFiles.of(exported)))
                .usingRecursiveComparison().isEqualTo(importer.preview(CampFiles.of(files)));
    }
}
