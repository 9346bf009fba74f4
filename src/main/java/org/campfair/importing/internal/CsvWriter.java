package org.campfair.importing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.campfair.shared.csv.FormulaGuard;

/**
 * Writes one CSV file in the sample-data format ({@link CsvParser#FORMAT}, Apache Commons CSV):
 * LF line ends, a field quoted (RFC 4180) only where a reader could misread it, and every cell
 * guarded against formulas.
 */
final class CsvWriter {

    private final StringBuilder text = new StringBuilder();
    private final CSVPrinter printer;

    CsvWriter(List<String> header) {
        try {
            printer = CsvParser.FORMAT.print(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row(header);
    }

    CsvWriter row(List<String> cells) {
        try {
            printer.printRecord(cells.stream().map(FormulaGuard::guard));
        } catch (IOException e) {
            // A StringBuilder does not fail; the printer's signature is for files and sockets.
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
