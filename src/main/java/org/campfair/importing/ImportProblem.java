package org.campfair.importing;

import java.util.List;
import java.util.Locale;
import org.campfair.shared.i18n.Translations;

/**
 * One thing wrong with an import file, pointing at the exact cell. Row 1 is the header. The
 * reason is kept as a bundle key ({@code importing.problem.*}) with its arguments, so each
 * organizer reads it in their own language; file and column names stay as the CSV format has
 * them.
 */
public record ImportProblem(String file, int row, String column, String key, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public ImportProblem(String file, int row, String column, String key, String... args) {
        this(file, row, column, key, List.of(args));
    }

    /** The reason in English, as logs and the API give it. */
    public String reason() {
        return reason(Translations.ENGLISH);
    }

    /** The reason in the language of {@code locale}. */
    public String reason(Locale locale) {
        return Translations.text(locale, key, args.toArray());
    }

    @Override
    public String toString() {
        return file + " row " + row + (column.isEmpty() ? "" : ", column " + column) + ": " + reason();
    }
}
