package org.campfair.shared.web;

import org.campfair.shared.RefusedFieldsException;
import org.campfair.shared.i18n.Translations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

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

    public static ProblemDetail problem(RefusedFieldsException refused) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                Translations.text(Translations.ENGLISH, "app.error.fields"));
        problem.setProperty("errors", refused.problems().stream()
                .map(p -> new FieldError(p.field(), p.message(Translations.ENGLISH)))
                .toList());
        return problem;
    }
}
