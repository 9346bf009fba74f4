package org.campfair.importing;

import org.campfair.importing.internal.CampCsvReader;
import org.campfair.importing.internal.CampImportWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports a whole camp from CSV files in the sample-data format, all or nothing. */
@Service
public class CampImportService {

    private final CampImportWriter writer;

    CampImportService(CampImportWriter writer) {
        this.writer = writer;
    }

    /**
     * Checks every file first and saves only when nothing is wrong.
     *
     * @return the new camp's id
     * @throws CampImportException listing every problem by file, row and column
     */
    @Transactional
    public long importCamp(CampFiles files) {
        return writer.write(CampCsvReader.read(files));
    }
}
