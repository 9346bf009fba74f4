package org.campfair.shared;

import java.util.List;
import java.util.Locale;
import org.campfair.shared.i18n.Translations;

/**
 * Values refused for reasons tied to named fields (a missing date, too many reminders), so a
 * form shows each message next to its field and the API lists them as field errors with a
 * 400, never a 500. The reasons are bundle keys with their arguments.
 */
public class RefusedFieldsException extends RuntimeException {

    /** One field and why it was refused. */
    public record Problem(String field, String messageKey, List<String> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        /** The field must be given. */
        public static Problem required(String field) {
            return new Problem(field, "app.error.required", List.of());
        }

        public String message(Locale locale) {
            return Translations.text(locale, messageKey, arguments.toArray());
        }
    }

    private final List<Problem> problems;

    public RefusedFieldsException(List<Problem> problems) {
        super("refused: " + problems.stream().map(Problem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public static RefusedFieldsException of(String field, String messageKey, String... arguments) {
        return new RefusedFieldsException(List.of(new Problem(field, messageKey, List.of(arguments))));
    }

    public List<Problem> problems() {
        return problems;
    }
}
