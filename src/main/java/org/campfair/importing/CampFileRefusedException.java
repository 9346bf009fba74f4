package org.campfair.importing;

import java.util.List;
import java.util.Locale;
import org.campfair.shared.i18n.Translations;

/**
 * An uploaded file Campfair cannot read at all (not CSV or zip, wrong encoding). It stays an
 * {@link IllegalArgumentException} with an English message for callers that only log it; the
 * import page shows {@link #reason(Locale)} in the organizer's language.
 */
public class CampFileRefusedException extends IllegalArgumentException {

    private final String key;
    private final List<String> args;

    public CampFileRefusedException(String key, String... args) {
        this(null, key, args);
    }

    public CampFileRefusedException(Throwable cause, String key, String... args) {
        super(Translations.text(Translations.ENGLISH, key, (Object[]) args), cause);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }

    public String reason(Locale locale) {
        return Translations.text(locale, key, args.toArray());
    }
}
