package org.campfair.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.campfair.shared.RefusedFieldsException;
import org.campfair.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Refused fields as the API answers them: 400, a problem detail whose {@code errors} list
 * holds one {@code {"field", "message"}} per field, in English like the API's other messages.
 */
public final class FieldErrors {

    /** One refused field as the API lists it. */
    public record FieldError(String field, String message) {
    }

    private FieldErrors() {
    }

    /**
     * A request body that does not parse: a field of the wrong form (a date, a time, a number, a
     * yes/no or one of a list of choices) is named with the form expected, so a client sees what
     * to fix; anything else is "not valid JSON". The value sent is never repeated: it may be
     * personal data (an email, say), and Spring would log the parser's message quoting it.
     */
    public static ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException wrong && !wrong.getPath().isEmpty()) {
            // The innermost named field: a list's element is named by its list.
            String field = wrong.getPath().reversed().stream().map(reference -> reference.getPropertyName())
                    .filter(name -> name != null).findFirst().orElse(null);
            String expected = expected(wrong.getTargetType());
            if (field != null && expected != null) {
                return problem(wrong.getTargetType() != null && wrong.getTargetType().isEnum()
                        ? RefusedFieldsException.of(field, expected, choices(wrong.getTargetType()))
                        : RefusedFieldsException.of(field, expected));
            }
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON of the expected shape");
    }

    /** The message key saying what form a value of {@code type} takes; null for forms not named. */
    private static @Nullable String expected(@Nullable Class<?> type) {
        if (type == null) {
            return null;
        } else if (type == LocalDate.class) {
            return "app.error.date";
        } else if (type == LocalTime.class) {
            return "app.error.time";
        } else if (type == LocalDateTime.class || type == OffsetDateTime.class || type == Instant.class) {
            return "app.error.dateTime";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "app.error.wholeNumber";
        } else if (type == double.class || type == Double.class) {
            return "app.error.number";
        } else if (type == boolean.class || type == Boolean.class) {
            return "app.error.yesNo";
        } else if (type.isEnum()) {
            return "app.error.choice";
        }
        return null;
    }

    private static String choices(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }

    public static ProblemDetail problem(RefusedFieldsException refused) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                Translations.text(Translations.ENGLISH, "app.error.fields"));
        problem.setProperty("errors", refused.problems().stream()
                .map(p -> new FieldError(p.field(), p.message(Translations.ENGLISH)))
                .toList());
        return problem;
    }
}
