package org.campfair.importing.internal;

import java.util.ArrayList;
import java.util.List;
import org.campfair.importing.CampFileRefusedException;

/**
 * Reads RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks.
 * Spreadsheet exports often start with a byte order mark, which is skipped.
 */
public final class CsvParser {

    private CsvParser() {
    }

    /** Every record of the text as a list of fields, blank lines left out. */
    public static List<List<String>> parse(String text) {
        var records = new ArrayList<List<String>>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, fields, field, fieldStarted);
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new CampFileRefusedException("importing.problem.unclosedQuote");
        }
        endRecord(records, fields, field, fieldStarted);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> fields, StringBuilder field,
            boolean fieldStarted) {
        if (fieldStarted || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(List.copyOf(fields));
        }
        fields.clear();
        field.setLength(0);
    }
}
