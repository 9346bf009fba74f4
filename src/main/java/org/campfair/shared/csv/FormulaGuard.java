package org.campfair.shared.csv;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheets from running exported cells as formulas (CSV injection): a cell that a
 * spreadsheet would read as a formula gets a leading single quote on export, and the
 * importer takes exactly one such quote off again.
 *
 * <p>A value that already starts with quotes before a formula character gets one more, so
 * every value survives export and import unchanged.
 */
public final class FormulaGuard {

    private static final Pattern NEEDS_GUARD = Pattern.compile("'*[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern GUARDED = Pattern.compile("'+[=+\\-@\\t\\r].*", Pattern.DOTALL);
    // A plain number such as a negative longitude is data, not a formula: leave it readable.
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private FormulaGuard() {
    }

    public static String guard(String value) {
        return NEEDS_GUARD.matcher(value).matches() && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }

    public static String unguard(String cell) {
        return GUARDED.matcher(cell).matches() ? cell.substring(1) : cell;
    }
}
