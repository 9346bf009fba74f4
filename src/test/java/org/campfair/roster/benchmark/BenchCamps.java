package org.campfair.roster.benchmark;

import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.importing.generator.CampGenerator;
import org.campfair.importing.generator.CampSize;

/**
 * Puts a generated camp through the real pipeline: CSV files on disk (kept under target/bench
 * so a run can be inspected), the importer, then the roster loader.
 */
final class BenchCamps {

    private BenchCamps() {
    }

    static long importGenerated(CampImportService importer, CampSize size, long seed) {
        var folder = BenchSettings.OUTPUT.resolve("camps").resolve(size + "-seed" + seed);
        CampGenerator.generate(size, seed).writeTo(folder);
        return importer.importCamp(CampFiles.directory(folder));
    }
}
