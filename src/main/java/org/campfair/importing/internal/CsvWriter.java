package org.campfair.importing.internal;

import java.util.List;

/**
 * Writes one CSV file in the sample-data format: LF line ends, a field quoted (RFC 4180) only
 * when it holds a comma, a quote or a line break, and every cell guarded against formulas.
 */
final class CsvWriter {

    private final StringBuilder text = new StringBuilder();

    CsvWriter(List<String> header) {
        row(header);
    }

    CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quote(FormulaGuard.guard(cells.get(i))));
        }
        text.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
