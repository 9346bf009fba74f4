package org.campfair.importing.generator;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.campfair.shared.csv.FormulaGuard;

/**
 * One CSV file in the sample-data format: LF line endings, a field quoted only when it holds
 * a comma, a quote or a line break, and guarded against formulas like every CSV Campfair
 * writes (the importer takes the guard off again).
 */
final class CsvText {

    private final StringBuilder text = new StringBuilder();

    CsvText(String... header) {
        row((Object[]) header);
    }

    CsvText row(Object... fields) {
        text.append(Arrays.stream(fields).map(CsvText::field).collect(Collectors.joining(","))).append('\n');
        return this;
    }

    private static String field(Object value) {
        String s = FormulaGuard.guard(String.valueOf(value));
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
