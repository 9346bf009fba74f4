package org.campfair.importing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.campfair.importing.CampFileRefusedException;

/**
 * Reads RFC 4180 CSV (Apache Commons CSV): quoted fields may hold commas, quotes (doubled) and
 * line breaks; blank lines are left out; rows may have fewer or more fields than the header
 * ({@link CsvTable} reads a missing one as empty). Uploaded bytes lose their byte order mark in
 * {@link CsvEncoding}; text handed over directly may still start with one, which is skipped.
 */
public final class CsvParser {

    /**
     * The sample-data format. Characters after a closing quote belong to the field, as in
     * spreadsheets (else "ab"cd would refuse the whole file); records end in LF when written.
     */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setTrailingData(true)
            .setRecordSeparator('\n')
            .get();

    private CsvParser() {
    }

    /** Every record of the text as a list of fields, blank lines left out. */
    public static List<List<String>> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        var records = new ArrayList<List<String>>();
        try (var parser = CSVParser.parse(body, FORMAT)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        } catch (UncheckedIOException e) {
            // The records are read lazily: a malformed one surfaces wrapped.
            throw refusal(e.getCause());
        } catch (IOException e) {
            throw refusal(e);
        }
        return records;
    }

    /**
     * With this format (no escape character, trailing data allowed) the only malformed text is a
     * quote opened and never closed, which Commons CSV reports when it reaches the end.
     */
    private static RuntimeException refusal(IOException e) {
        if (e instanceof CSVException) {
            return new CampFileRefusedException(e, "importing.problem.unclosedQuote");
        }
        return new UncheckedIOException(e);
    }
}
